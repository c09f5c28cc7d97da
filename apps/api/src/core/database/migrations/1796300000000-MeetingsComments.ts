import { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetings (agenda, invitees, minutes, decisions) and comments; meetings join the record types of tasks and documents; notifications of invitations and mentions. */
export class MeetingsComments1796300000000 implements MigrationInterface {
  name = 'MeetingsComments1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_kind" AS ENUM('COUNCIL', 'WORKING_GROUP', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "stream_id" uuid NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" character varying(300), "agenda" jsonb NOT NULL DEFAULT '[]', "minutes" character varying(50000), "cancelled" boolean NOT NULL DEFAULT false, CONSTRAINT "meeting_time_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_stream_idx" ON "meeting"  ("stream_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_invitee" ("meeting_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "attending" boolean, "representatives" character varying(300), CONSTRAINT "PK_3f24e6ac2d4b11678a923db7589" PRIMARY KEY ("meeting_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meeting_id" uuid NOT NULL, "text" character varying(1000) NOT NULL, "task_id" uuid, CONSTRAINT "PK_6787600e55cc73688b127a1cd93" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_decision_meeting_idx" ON "meeting_decision"  ("meeting_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."comment_record_type" AS ENUM('PROGRAMME', 'EXPENDITURE', 'REFERRAL', 'MEETING', 'TASK')`,
    );
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "record_type" "public"."comment_record_type" NOT NULL, "record_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" character varying(4000) NOT NULL, "mentioned_user_ids" uuid array NOT NULL DEFAULT '{}', "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comment_record_idx" ON "comment"  ("record_type", "record_id", "created_at") `);
    await queryRunner.query(`ALTER TYPE "public"."task_record_type" ADD VALUE 'MEETING'`);
    await queryRunner.query(`DROP INDEX "public"."document_record_idx"`);
    await queryRunner.query(`ALTER TYPE "public"."document_record_type" ADD VALUE 'MEETING'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'MEETING_INVITED'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'MENTION'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "document_record_idx" ON "document"  ("record_type", "record_id", "name", "version") `);
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_dd2263a8e007e39ce0f35da1af9" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_1cf98c3e85455c1aef874c3bb3b" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitee" ADD CONSTRAINT "FK_6c88d4de1cf5ff61b4e3b3de5e6" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_invitee" DROP CONSTRAINT "FK_6c88d4de1cf5ff61b4e3b3de5e6"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_1cf98c3e85455c1aef874c3bb3b"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_dd2263a8e007e39ce0f35da1af9"`);
    await queryRunner.query(`DROP INDEX "public"."document_record_idx"`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('PROGRAMME_DECIDED', 'EXPENDITURE_DECIDED', 'REFERRAL_RECEIVED', 'REFERRAL_DECIDED', 'MENTOR_ASSIGNED', 'MENTOR_RESPONDED', 'TASK_ASSIGNED', 'TASK_DUE', 'TASK_DONE', 'ANNOUNCEMENT')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(
      `CREATE TYPE "public"."document_record_type_old" AS ENUM('EXPENDITURE', 'PROGRAMME', 'REFERRAL', 'TASK', 'ANNOUNCEMENT')`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ALTER COLUMN "record_type" TYPE "public"."document_record_type_old" USING "record_type"::"text"::"public"."document_record_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."document_record_type"`);
    await queryRunner.query(`ALTER TYPE "public"."document_record_type_old" RENAME TO "document_record_type"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_record_idx" ON "document" USING btree ("name", "record_id", "record_type", "version") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."task_record_type_old" AS ENUM('PROGRAMME', 'EXPENDITURE', 'REFERRAL', 'ACTIVITY', 'OPENING')`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ALTER COLUMN "record_type" TYPE "public"."task_record_type_old" USING "record_type"::"text"::"public"."task_record_type_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."task_record_type"`);
    await queryRunner.query(`ALTER TYPE "public"."task_record_type_old" RENAME TO "task_record_type"`);
    await queryRunner.query(`DROP INDEX "public"."comment_record_idx"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP TYPE "public"."comment_record_type"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_decision_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_decision"`);
    await queryRunner.query(`DROP TABLE "meeting_invitee"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_stream_idx"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
  }
}
