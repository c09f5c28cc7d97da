import { MigrationInterface, QueryRunner } from 'typeorm';

/** Announcements to a stream's members with read receipts; documents may belong to an announcement. */
export class Announcements1796290000000 implements MigrationInterface {
  name = 'Announcements1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "announcement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "stream_id" uuid NOT NULL, "audience_organization_ids" uuid array NOT NULL DEFAULT '{}', "audience_roles" text array NOT NULL DEFAULT '{}', "title" character varying(200) NOT NULL, "body" character varying(20000) NOT NULL, "pinned_until" date, "created_by_id" uuid, CONSTRAINT "PK_e0ef0550174fd1099a308fd18a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "announcement_stream_idx" ON "announcement"  ("stream_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "announcement_receipt" ("announcement_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f924db64ca7c4a8774b873e6d61" PRIMARY KEY ("announcement_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "announcement_receipt_org_idx" ON "announcement_receipt"  ("announcement_id", "organization_id") `,
    );
    await queryRunner.query(`DROP INDEX "public"."document_record_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."document_record_type" ADD VALUE 'ANNOUNCEMENT'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "document_record_idx" ON "document"  ("record_type", "record_id", "name", "version") `);
    await queryRunner.query(
      `ALTER TABLE "announcement" ADD CONSTRAINT "FK_d0e0c1a45e8b2771e628c0d6f01" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "announcement" ADD CONSTRAINT "FK_95882017b85938c366579be87a8" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "announcement" DROP CONSTRAINT "FK_95882017b85938c366579be87a8"`);
    await queryRunner.query(`ALTER TABLE "announcement" DROP CONSTRAINT "FK_d0e0c1a45e8b2771e628c0d6f01"`);
    await queryRunner.query(`DROP INDEX "public"."document_record_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."document_record_type_old" AS ENUM('EXPENDITURE', 'PROGRAMME', 'REFERRAL', 'TASK')`);
    await queryRunner.query(
      `ALTER TABLE "document" ALTER COLUMN "record_type" TYPE "public"."document_record_type_old" USING "record_type"::"text"::"public"."document_record_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."document_record_type"`);
    await queryRunner.query(`ALTER TYPE "public"."document_record_type_old" RENAME TO "document_record_type"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_record_idx" ON "document" USING btree ("name", "record_id", "record_type", "version") `,
    );
    await queryRunner.query(`DROP INDEX "public"."announcement_receipt_org_idx"`);
    await queryRunner.query(`DROP TABLE "announcement_receipt"`);
    await queryRunner.query(`DROP INDEX "public"."announcement_stream_idx"`);
    await queryRunner.query(`DROP TABLE "announcement"`);
  }
}
