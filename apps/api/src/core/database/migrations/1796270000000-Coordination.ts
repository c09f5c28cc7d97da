import { MigrationInterface, QueryRunner } from 'typeorm';

/** Coordination: tasks across organizations; notifications (one per person and cause), e-mail choices and the digest schedule. */
export class Coordination1796270000000 implements MigrationInterface {
  name = 'Coordination1796270000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."task_priority" AS ENUM('LOW', 'NORMAL', 'HIGH', 'URGENT')`);
    await queryRunner.query(`CREATE TYPE "public"."task_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."task_record_type" AS ENUM('PROGRAMME', 'EXPENDITURE', 'REFERRAL', 'ACTIVITY', 'OPENING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "assignee_organization_id" uuid NOT NULL, "assignee_user_id" uuid, "stream_id" uuid, "title" character varying(200) NOT NULL, "description" character varying(4000), "due_on" date, "priority" "public"."task_priority" NOT NULL DEFAULT 'NORMAL', "status" "public"."task_status" NOT NULL DEFAULT 'OPEN', "checklist" jsonb NOT NULL DEFAULT '[]', "record_type" "public"."task_record_type", "record_id" uuid, "created_by_id" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "task_record_check" CHECK ((record_type IS NULL) = (record_id IS NULL)), CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "task_stream_idx" ON "task"  ("stream_id", "status") `);
    await queryRunner.query(`CREATE INDEX "task_owner_idx" ON "task"  ("organization_id", "status", "due_on") `);
    await queryRunner.query(`CREATE INDEX "task_assignee_idx" ON "task"  ("assignee_organization_id", "status", "due_on") `);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('PROGRAMME_DECIDED', 'EXPENDITURE_DECIDED', 'REFERRAL_RECEIVED', 'REFERRAL_DECIDED', 'MENTOR_ASSIGNED', 'MENTOR_RESPONDED', 'TASK_ASSIGNED', 'TASK_DUE', 'TASK_DONE', 'ANNOUNCEMENT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid, "kind" "public"."notification_kind" NOT NULL, "title_ko" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "link" character varying(300) NOT NULL, "source_key" character varying(200) NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification"  ("user_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_source_key" ON "notification"  ("user_id", "source_key") `);
    await queryRunner.query(`CREATE TYPE "public"."email_channel" AS ENUM('IMMEDIATE', 'DIGEST', 'OFF')`);
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "email" "public"."email_channel" NOT NULL, CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_digest" ("user_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a90a56c6325a3eb952b3394eb45" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_147e162697300e5bad55dbf353d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_db9bf600b1201b31d7fc6b0fb4c" FOREIGN KEY ("assignee_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task" ADD CONSTRAINT "FK_4821bd26e4a29e802870500721b" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_4821bd26e4a29e802870500721b"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_db9bf600b1201b31d7fc6b0fb4c"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_147e162697300e5bad55dbf353d"`);
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TYPE "public"."email_channel"`);
    await queryRunner.query(`DROP INDEX "public"."notification_source_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."task_assignee_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."task_stream_idx"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP TYPE "public"."task_record_type"`);
    await queryRunner.query(`DROP TYPE "public"."task_status"`);
    await queryRunner.query(`DROP TYPE "public"."task_priority"`);
  }
}
