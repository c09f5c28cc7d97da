import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff are told when texts to applicants were not sent past the monthly budget (a notification kind of its own). */
export class TextsNotSent1796480400000 implements MigrationInterface {
  name = 'TextsNotSent1796480400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'TEXTS_NOT_SENT'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notification WHERE kind = 'TEXTS_NOT_SENT'`);
    await queryRunner.query(`DELETE FROM notification_preference WHERE kind = 'TEXTS_NOT_SENT'`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('PROGRAMME_DECIDED', 'EXPENDITURE_DECIDED', 'REFERRAL_RECEIVED', 'REFERRAL_DECIDED', 'MENTOR_ASSIGNED', 'MENTOR_RESPONDED', 'TASK_ASSIGNED', 'TASK_DUE', 'TASK_DONE', 'ANNOUNCEMENT', 'MEETING_INVITED', 'MENTION', 'FOLLOW_UP_DUE')`,
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
