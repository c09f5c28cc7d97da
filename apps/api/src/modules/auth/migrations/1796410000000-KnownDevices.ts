import { MigrationInterface, QueryRunner } from 'typeorm';

/** Browsers that signed in to an account before (modules/auth/known-device.entity.ts): their own failure count and wait. */
export class KnownDevices1796410000000 implements MigrationInterface {
  name = 'KnownDevices1796410000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "known_device" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_known_device" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "known_device_token_hash_key" ON "known_device" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "known_device_user_idx" ON "known_device" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "known_device" ADD CONSTRAINT "FK_8723eca0f2f2bbb7abd88df8f76" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "known_device"`);
  }
}
