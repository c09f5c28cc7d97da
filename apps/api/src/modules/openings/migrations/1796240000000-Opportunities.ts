import { MigrationInterface, QueryRunner } from 'typeorm';

/** Link: openings posted by partners to their stream; a referral may name the opening the person applies to. */
export class Opportunities1796240000000 implements MigrationInterface {
  name = 'Opportunities1796240000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."opening_kind" AS ENUM('JOB', 'INTERNSHIP', 'APPRENTICESHIP', 'MENTORING')`);
    await queryRunner.query(`CREATE TYPE "public"."opening_status" AS ENUM('OPEN', 'CLOSED', 'FILLED')`);
    await queryRunner.query(
      `CREATE TABLE "opening" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "stream_id" uuid NOT NULL, "kind" "public"."opening_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" character varying(3000), "skills" character varying(60) array NOT NULL DEFAULT '{}', "programme_ids" uuid array NOT NULL DEFAULT '{}', "employment_type" "public"."employment_type", "places" integer NOT NULL DEFAULT '1', "deadline" date NOT NULL, "status" "public"."opening_status" NOT NULL DEFAULT 'OPEN', CONSTRAINT "opening_places_check" CHECK (places BETWEEN 1 AND 1000), CONSTRAINT "PK_8b433fbb5ac3bc1cda8afc64fa2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "opening_org_idx" ON "opening"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "opening_stream_idx" ON "opening"  ("stream_id", "status", "deadline") `);
    await queryRunner.query(`ALTER TABLE "referral" ADD "opening_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "opening" ADD CONSTRAINT "FK_9ee65aff440bf297c4d481e7d8d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "opening" ADD CONSTRAINT "FK_3fe69254cda5cddbeaa53d309aa" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referral" ADD CONSTRAINT "FK_e6bfe27d6f696c282de223b0e39" FOREIGN KEY ("opening_id") REFERENCES "opening"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_e6bfe27d6f696c282de223b0e39"`);
    await queryRunner.query(`ALTER TABLE "opening" DROP CONSTRAINT "FK_3fe69254cda5cddbeaa53d309aa"`);
    await queryRunner.query(`ALTER TABLE "opening" DROP CONSTRAINT "FK_9ee65aff440bf297c4d481e7d8d"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "opening_id"`);
    await queryRunner.query(`DROP INDEX "public"."opening_stream_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opening_org_idx"`);
    await queryRunner.query(`DROP TABLE "opening"`);
    await queryRunner.query(`DROP TYPE "public"."opening_status"`);
    await queryRunner.query(`DROP TYPE "public"."opening_kind"`);
  }
}
