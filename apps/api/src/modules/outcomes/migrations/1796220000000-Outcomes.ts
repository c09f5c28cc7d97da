import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Link: counselling notes, goals, outcomes and follow-ups of a person, held by the organization holding the person.
 */
export class Outcomes1796220000000 implements MigrationInterface {
  name = 'Outcomes1796220000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "counselling_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "occurred_on" date NOT NULL, "body" character varying(4000) NOT NULL, "author_id" uuid, CONSTRAINT "PK_51ec416758414147455c6b1289d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "counselling_note_participant_idx" ON "counselling_note"  ("participant_id", "occurred_on") `);
    await queryRunner.query(`CREATE TYPE "public"."goal_kind" AS ENUM('LEARNING', 'CAREER', 'START_UP', 'COMMUNITY')`);
    await queryRunner.query(`CREATE TYPE "public"."goal_status" AS ENUM('OPEN', 'ACHIEVED', 'DROPPED')`);
    await queryRunner.query(
      `CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" "public"."goal_kind" NOT NULL, "title" character varying(200) NOT NULL, "status" "public"."goal_status" NOT NULL DEFAULT 'OPEN', "target_on" date, CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "goal_participant_idx" ON "goal"  ("participant_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."outcome_kind" AS ENUM('EMPLOYED', 'STARTED_BUSINESS', 'CERTIFIED', 'FURTHER_LEARNING', 'VOLUNTEERING')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."employment_type" AS ENUM('FULL_TIME', 'PART_TIME', 'FIXED_TERM')`);
    await queryRunner.query(`CREATE TYPE "public"."outcome_source" AS ENUM('SELF_REPORTED', 'VERIFIED')`);
    await queryRunner.query(
      `CREATE TABLE "outcome" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" "public"."outcome_kind" NOT NULL, "employment_type" "public"."employment_type", "business_number" character varying(12), "certificate_name" character varying(200), "occurred_on" date NOT NULL, "evidence" character varying(500), "source" "public"."outcome_source" NOT NULL, "programme_ids" uuid array NOT NULL DEFAULT '{}', "follow_up_id" uuid, "recorded_by_id" uuid, CONSTRAINT "outcome_details_check" CHECK ((kind <> 'EMPLOYED' OR employment_type IS NOT NULL) AND (kind <> 'CERTIFIED' OR certificate_name IS NOT NULL)), CONSTRAINT "PK_d721e56b4240f79aaa14cb54775" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outcome_org_kind_idx" ON "outcome"  ("organization_id", "kind", "occurred_on") `);
    await queryRunner.query(`CREATE INDEX "outcome_participant_idx" ON "outcome"  ("participant_id", "occurred_on") `);
    await queryRunner.query(`CREATE TYPE "public"."follow_up_status" AS ENUM('PENDING', 'DONE', 'UNREACHABLE', 'SKIPPED')`);
    await queryRunner.query(
      `CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "participant_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "enrolment_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "months" smallint NOT NULL, "due_on" date NOT NULL, "status" "public"."follow_up_status" NOT NULL DEFAULT 'PENDING', "note" character varying(1000), "done_at" TIMESTAMP WITH TIME ZONE, "done_by_id" uuid, CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "follow_up_due_idx" ON "follow_up"  ("organization_id", "status", "due_on") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "follow_up_enrolment_months_key" ON "follow_up"  ("enrolment_id", "months") `);
    await queryRunner.query(
      `ALTER TABLE "counselling_note" ADD CONSTRAINT "FK_38dd926ea2937d6adfbdf5466ca" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "counselling_note" ADD CONSTRAINT "FK_80bf53b0e8a0d55626eb03a4949" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_ba1a7df3b0d2535f0122eb0e95e" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "goal" ADD CONSTRAINT "FK_d7f6164a0ddc9bd08c49b1292f0" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "FK_16609a820c3f94848d07a9cd795" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "FK_8abfbc694fb87d48a25edd4f0c5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_163381d78bd2e24ddb9c538d09b" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_2cf2ed96f259057bab26d06f8b4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_0495659035852eb0af7ff3c0153" FOREIGN KEY ("enrolment_id") REFERENCES "enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_5ba66da3b6b7dac759686232cb1" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_5ba66da3b6b7dac759686232cb1"`);
    await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_0495659035852eb0af7ff3c0153"`);
    await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_2cf2ed96f259057bab26d06f8b4"`);
    await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_163381d78bd2e24ddb9c538d09b"`);
    await queryRunner.query(`ALTER TABLE "outcome" DROP CONSTRAINT "FK_8abfbc694fb87d48a25edd4f0c5"`);
    await queryRunner.query(`ALTER TABLE "outcome" DROP CONSTRAINT "FK_16609a820c3f94848d07a9cd795"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_d7f6164a0ddc9bd08c49b1292f0"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_ba1a7df3b0d2535f0122eb0e95e"`);
    await queryRunner.query(`ALTER TABLE "counselling_note" DROP CONSTRAINT "FK_80bf53b0e8a0d55626eb03a4949"`);
    await queryRunner.query(`ALTER TABLE "counselling_note" DROP CONSTRAINT "FK_38dd926ea2937d6adfbdf5466ca"`);
    await queryRunner.query(`DROP INDEX "public"."follow_up_enrolment_months_key"`);
    await queryRunner.query(`DROP INDEX "public"."follow_up_due_idx"`);
    await queryRunner.query(`DROP TABLE "follow_up"`);
    await queryRunner.query(`DROP TYPE "public"."follow_up_status"`);
    await queryRunner.query(`DROP INDEX "public"."outcome_participant_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outcome_org_kind_idx"`);
    await queryRunner.query(`DROP TABLE "outcome"`);
    await queryRunner.query(`DROP TYPE "public"."outcome_source"`);
    await queryRunner.query(`DROP TYPE "public"."employment_type"`);
    await queryRunner.query(`DROP TYPE "public"."outcome_kind"`);
    await queryRunner.query(`DROP INDEX "public"."goal_participant_idx"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP TYPE "public"."goal_status"`);
    await queryRunner.query(`DROP TYPE "public"."goal_kind"`);
    await queryRunner.query(`DROP INDEX "public"."counselling_note_participant_idx"`);
    await queryRunner.query(`DROP TABLE "counselling_note"`);
  }
}
