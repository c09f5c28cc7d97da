import { MigrationInterface, QueryRunner } from 'typeorm';

/** A hire is a column, not a text prefix of the outcome: referrals closed with "채용: …" before it keep their day. */
export class ReferralHiredAt1796460000000 implements MigrationInterface {
  name = 'ReferralHiredAt1796460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" ADD "hired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "referral" SET "hired_at" = "closed_at" WHERE "status" = 'CLOSED' AND "outcome" LIKE '채용:%'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "hired_at"`);
  }
}
