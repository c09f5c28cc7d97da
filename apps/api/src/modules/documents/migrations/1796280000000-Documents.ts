import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents attached to records: one row per version, the bytes in DocumentStorage. */
export class Documents1796280000000 implements MigrationInterface {
  name = 'Documents1796280000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."document_record_type" AS ENUM('EXPENDITURE', 'PROGRAMME', 'REFERRAL', 'TASK')`);
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "record_type" "public"."document_record_type" NOT NULL, "record_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "version" integer NOT NULL DEFAULT '1', "personal_data" boolean NOT NULL DEFAULT false, "storage_key" uuid NOT NULL, "uploaded_by_id" uuid, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "document_record_idx" ON "document"  ("record_type", "record_id", "name", "version") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."document_record_idx"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TYPE "public"."document_record_type"`);
  }
}
