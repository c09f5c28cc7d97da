import { MigrationInterface, QueryRunner } from 'typeorm';

export class Funding1795556911512 implements MigrationInterface {
  name = 'Funding1795556911512';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funding_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(40) NOT NULL, "name_ko" character varying(300) NOT NULL, "name_en" character varying(300) NOT NULL, "year" integer NOT NULL, "funder_organization_id" uuid NOT NULL, CONSTRAINT "PK_37692af48dfd9ca2cf50a8abb6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "funding_programme_code_key" ON "funding_programme"  ("code") `);
    await queryRunner.query(
      `CREATE TABLE "funding_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name_ko" character varying(300) NOT NULL, "name_en" character varying(300) NOT NULL, CONSTRAINT "PK_4f3622fb2fc939791b12d176636" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "funding_category_code_key" ON "funding_category"  ("programme_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "funding_stream" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "category_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name_ko" character varying(300) NOT NULL, "name_en" character varying(300) NOT NULL, "recipient_organization_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "national_amount" bigint NOT NULL, "enara_reference" character varying(60), CONSTRAINT "funding_stream_period_check" CHECK (period_end >= period_start), CONSTRAINT "PK_99c9579650da5ba59d65f548737" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "funding_stream_code_key" ON "funding_stream"  ("code") `);
    await queryRunner.query(
      `CREATE TYPE "public"."stream_member_role" AS ENUM('LEAD', 'MEMBER', 'PARTNER_UNIVERSITY', 'PARTNER_COMPANY', 'OPERATOR')`,
    );
    await queryRunner.query(
      `CREATE TABLE "stream_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."stream_member_role" NOT NULL, "starts_on" date NOT NULL, "ends_on" date, CONSTRAINT "PK_f9a32f93e9349edc01fef6cf051" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "stream_member_org_idx" ON "stream_member"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "stream_member_stream_org_key" ON "stream_member"  ("stream_id", "organization_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."budget_category" AS ENUM('PERSONNEL', 'INSTRUCTOR_FEES', 'MATERIALS', 'VENUE', 'PROMOTION', 'OPERATIONS', 'TRAVEL', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."funding_source" AS ENUM('NATIONAL', 'CITY', 'DISTRICT', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "budget_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "category" "public"."budget_category" NOT NULL, "source" "public"."funding_source" NOT NULL, "planned_amount" bigint NOT NULL, "note" character varying(500), "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "budget_line_planned_check" CHECK (planned_amount >= 0), CONSTRAINT "PK_18b9f7e8a4626eb7f1fd4a63f57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "budget_line_org_idx" ON "budget_line"  ("organization_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "budget_line_key" ON "budget_line"  ("stream_id", "organization_id", "category", "source") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."expenditure_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')`);
    await queryRunner.query(
      `CREATE TABLE "expenditure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "budget_line_id" uuid NOT NULL, "stream_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "amount" bigint NOT NULL, "spent_on" date NOT NULL, "description" character varying(500) NOT NULL, "evidence_ref" character varying(200), "enara_number" character varying(60), "status" "public"."expenditure_status" NOT NULL DEFAULT 'DRAFT', "reject_reason" character varying(500), "created_by_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "expenditure_amount_check" CHECK (amount > 0), CONSTRAINT "PK_1c52384775d22bfcd87d886d502" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "expenditure_stream_status_idx" ON "expenditure"  ("stream_id", "status") `);
    await queryRunner.query(`CREATE INDEX "expenditure_line_status_idx" ON "expenditure"  ("budget_line_id", "status") `);
    await queryRunner.query(
      `ALTER TABLE "funding_category" ADD CONSTRAINT "FK_27035464bcc2754a02e200e4c6c" FOREIGN KEY ("programme_id") REFERENCES "funding_programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_stream" ADD CONSTRAINT "FK_7c8e08577d48c00493ab4a69c86" FOREIGN KEY ("category_id") REFERENCES "funding_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "funding_stream" ADD CONSTRAINT "FK_a1773c4a42dcaf84d1dabfa4f63" FOREIGN KEY ("recipient_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stream_member" ADD CONSTRAINT "FK_d870c2fbcd63e779286d8cdc5f1" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stream_member" ADD CONSTRAINT "FK_c57e91a6756feab2e9ca038ce8c" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line" ADD CONSTRAINT "FK_2a0bddf9c9ebe3ce4d34f19ea6c" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line" ADD CONSTRAINT "FK_f73da4a600a57717373e48ec790" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expenditure" ADD CONSTRAINT "FK_3073270f38cf8a3aba58d24f5c4" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expenditure" ADD CONSTRAINT "FK_53145657b1879a84ec894f13436" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expenditure" DROP CONSTRAINT "FK_53145657b1879a84ec894f13436"`);
    await queryRunner.query(`ALTER TABLE "expenditure" DROP CONSTRAINT "FK_3073270f38cf8a3aba58d24f5c4"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "FK_f73da4a600a57717373e48ec790"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "FK_2a0bddf9c9ebe3ce4d34f19ea6c"`);
    await queryRunner.query(`ALTER TABLE "stream_member" DROP CONSTRAINT "FK_c57e91a6756feab2e9ca038ce8c"`);
    await queryRunner.query(`ALTER TABLE "stream_member" DROP CONSTRAINT "FK_d870c2fbcd63e779286d8cdc5f1"`);
    await queryRunner.query(`ALTER TABLE "funding_stream" DROP CONSTRAINT "FK_a1773c4a42dcaf84d1dabfa4f63"`);
    await queryRunner.query(`ALTER TABLE "funding_stream" DROP CONSTRAINT "FK_7c8e08577d48c00493ab4a69c86"`);
    await queryRunner.query(`ALTER TABLE "funding_category" DROP CONSTRAINT "FK_27035464bcc2754a02e200e4c6c"`);
    await queryRunner.query(`DROP INDEX "public"."expenditure_line_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."expenditure_stream_status_idx"`);
    await queryRunner.query(`DROP TABLE "expenditure"`);
    await queryRunner.query(`DROP TYPE "public"."expenditure_status"`);
    await queryRunner.query(`DROP INDEX "public"."budget_line_key"`);
    await queryRunner.query(`DROP INDEX "public"."budget_line_org_idx"`);
    await queryRunner.query(`DROP TABLE "budget_line"`);
    await queryRunner.query(`DROP TYPE "public"."funding_source"`);
    await queryRunner.query(`DROP TYPE "public"."budget_category"`);
    await queryRunner.query(`DROP INDEX "public"."stream_member_stream_org_key"`);
    await queryRunner.query(`DROP INDEX "public"."stream_member_org_idx"`);
    await queryRunner.query(`DROP TABLE "stream_member"`);
    await queryRunner.query(`DROP TYPE "public"."stream_member_role"`);
    await queryRunner.query(`DROP INDEX "public"."funding_stream_code_key"`);
    await queryRunner.query(`DROP TABLE "funding_stream"`);
    await queryRunner.query(`DROP INDEX "public"."funding_category_code_key"`);
    await queryRunner.query(`DROP TABLE "funding_category"`);
    await queryRunner.query(`DROP INDEX "public"."funding_programme_code_key"`);
    await queryRunner.query(`DROP TABLE "funding_programme"`);
  }
}
