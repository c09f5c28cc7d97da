import { MigrationInterface, QueryRunner } from 'typeorm';

/** Machine credentials (modules/api-keys). Quiet for the response cache (READ_CACHE_QUIET_TABLES): a key is looked up on every request. */
export class ApiKeys1796390000000 implements MigrationInterface {
  name = 'ApiKeys1796390000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "permissions" text array NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_key_secret_hash_key" ON "api_key"  ("secret_hash") `);
    await queryRunner.query(`CREATE INDEX "api_key_organization_idx" ON "api_key"  ("organization_id", "created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."api_key_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_key_secret_hash_key"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
