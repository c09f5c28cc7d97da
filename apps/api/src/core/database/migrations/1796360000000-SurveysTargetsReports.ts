import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction surveys (anonymous answers; receipts make each enrolment's link single use), the streams' KPI targets
 * and milestones, and report runs (their files are documents of record type REPORT).
 */
export class SurveysTargetsReports1796360000000 implements MigrationInterface {
  name = 'SurveysTargetsReports1796360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "programme_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "response_count" integer NOT NULL DEFAULT '0', "item_sums" integer array NOT NULL DEFAULT '{0,0,0,0,0}', "opened_by_id" uuid, CONSTRAINT "survey_counts_check" CHECK (response_count >= 0), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "survey_programme_key" ON "survey"  ("programme_id") `);
    await queryRunner.query(`CREATE TYPE "public"."survey_channel" AS ENUM('ONLINE', 'PAPER')`);
    await queryRunner.query(
      `CREATE TABLE "survey_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "answered_on" date NOT NULL, "channel" "public"."survey_channel" NOT NULL, "scores" smallint array NOT NULL, "comment" character varying(1000), CONSTRAINT "survey_response_scores_check" CHECK (array_length(scores, 1) = 5 AND 1 <= ALL(scores) AND 5 >= ALL(scores)), CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "survey_response_survey_idx" ON "survey_response"  ("survey_id") `);
    await queryRunner.query(
      `CREATE TABLE "survey_receipt" ("survey_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dc0bae8b66b92d83d932fa81057" PRIMARY KEY ("survey_id", "enrolment_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "kpi_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "kpi_code" character varying(40) NOT NULL, "year" smallint NOT NULL, "quarter" smallint NOT NULL DEFAULT '0', "target" numeric(14,1) NOT NULL, "baseline" numeric(14,1), "updated_by_id" uuid, CONSTRAINT "kpi_target_key" UNIQUE ("stream_id", "kpi_code", "year", "quarter"), CONSTRAINT "kpi_target_values_check" CHECK (target >= 0 AND (baseline IS NULL OR baseline >= 0)), CONSTRAINT "kpi_target_quarter_check" CHECK (quarter BETWEEN 0 AND 4), CONSTRAINT "PK_c34adc0d9347ab04e2a4f80909e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "kpi_milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "title_ko" character varying(200) NOT NULL, "title_en" character varying(200), "due_on" date NOT NULL, "done_on" date, CONSTRAINT "PK_da59efa7f479e5de8d2920b93a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "kpi_milestone_stream_idx" ON "kpi_milestone"  ("stream_id", "due_on") `);
    await queryRunner.query(`CREATE TYPE "public"."report_kind" AS ENUM('RESULT', 'NATIONAL_STATISTICS')`);
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "report_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "stream_id" uuid NOT NULL, "kind" "public"."report_kind" NOT NULL, "year" smallint NOT NULL, "status" "public"."report_status" NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "narrative" character varying(20000), "organization_id" uuid NOT NULL, "requested_by_id" uuid, "failure" character varying(100), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "report_run_progress_check" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "PK_feeec78304d02763cc4932d6e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "report_run_stream_idx" ON "report_run"  ("stream_id", "created_at") `);
    await queryRunner.query(`DROP INDEX "public"."document_record_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."document_record_type" ADD VALUE 'REPORT'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "document_record_idx" ON "document"  ("record_type", "record_id", "name", "version") `);
    await queryRunner.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_0ffb67cf33b86f2b8571d77b94f" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_receipt" ADD CONSTRAINT "FK_0ed29f800053b92d846ed10ea7a" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_receipt" ADD CONSTRAINT "FK_569d4fed3667195d8ab03d0be3a" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kpi_target" ADD CONSTRAINT "FK_2254b81dad89890fa0d5aef11c4" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "kpi_milestone" ADD CONSTRAINT "FK_0186b1ad4e9d6e865ce4fc06186" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_run" ADD CONSTRAINT "FK_a1d34af862579d7c652e987a549" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_run" DROP CONSTRAINT "FK_a1d34af862579d7c652e987a549"`);
    await queryRunner.query(`ALTER TABLE "kpi_milestone" DROP CONSTRAINT "FK_0186b1ad4e9d6e865ce4fc06186"`);
    await queryRunner.query(`ALTER TABLE "kpi_target" DROP CONSTRAINT "FK_2254b81dad89890fa0d5aef11c4"`);
    await queryRunner.query(`ALTER TABLE "survey_receipt" DROP CONSTRAINT "FK_569d4fed3667195d8ab03d0be3a"`);
    await queryRunner.query(`ALTER TABLE "survey_receipt" DROP CONSTRAINT "FK_0ed29f800053b92d846ed10ea7a"`);
    await queryRunner.query(`ALTER TABLE "survey_response" DROP CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_0ffb67cf33b86f2b8571d77b94f"`);
    await queryRunner.query(`DROP INDEX "public"."document_record_idx"`);
    await queryRunner.query(
      `CREATE TYPE "public"."document_record_type_old" AS ENUM('EXPENDITURE', 'PROGRAMME', 'REFERRAL', 'TASK', 'ANNOUNCEMENT', 'MEETING')`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ALTER COLUMN "record_type" TYPE "public"."document_record_type_old" USING "record_type"::"text"::"public"."document_record_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."document_record_type"`);
    await queryRunner.query(`ALTER TYPE "public"."document_record_type_old" RENAME TO "document_record_type"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_record_idx" ON "document" USING btree ("name", "record_id", "record_type", "version") `,
    );
    await queryRunner.query(`DROP INDEX "public"."report_run_stream_idx"`);
    await queryRunner.query(`DROP TABLE "report_run"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_kind"`);
    await queryRunner.query(`DROP INDEX "public"."kpi_milestone_stream_idx"`);
    await queryRunner.query(`DROP TABLE "kpi_milestone"`);
    await queryRunner.query(`DROP TABLE "kpi_target"`);
    await queryRunner.query(`DROP TABLE "survey_receipt"`);
    await queryRunner.query(`DROP INDEX "public"."survey_response_survey_idx"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP TYPE "public"."survey_channel"`);
    await queryRunner.query(`DROP INDEX "public"."survey_programme_key"`);
    await queryRunner.query(`DROP TABLE "survey"`);
  }
}
