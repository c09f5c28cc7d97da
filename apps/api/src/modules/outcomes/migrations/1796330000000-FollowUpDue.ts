import { MigrationInterface, QueryRunner } from 'typeorm';

/** Follow-ups tell the holding organization on the morning they are due (a notification kind of their own). */
export class FollowUpDue1796330000000 implements MigrationInterface {
  name = 'FollowUpDue1796330000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'FOLLOW_UP_DUE'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification WHERE kind = 'FOLLOW_UP_DUE'`);
    await queryRunner.query(`DELETE FROM notification_preference WHERE kind = 'FOLLOW_UP_DUE'`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('PROGRAMME_DECIDED', 'EXPENDITURE_DECIDED', 'REFERRAL_RECEIVED', 'REFERRAL_DECIDED', 'MENTOR_ASSIGNED', 'MENTOR_RESPONDED', 'TASK_ASSIGNED', 'TASK_DUE', 'TASK_DONE', 'ANNOUNCEMENT', 'MEETING_INVITED', 'MENTION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
  }
}
