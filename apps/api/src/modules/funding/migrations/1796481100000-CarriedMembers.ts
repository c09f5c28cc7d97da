import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A year opened from the last carries its members unconfirmed (carried_from: the year they came from): the lead confirms
 * or removes each; removing one also drops the budget lines carried for it while nothing was spent on them.
 */
export class CarriedMembers1796481100000 implements MigrationInterface {
  name = 'CarriedMembers1796481100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stream_member" ADD "carried_from_id" uuid`);
    await queryRunner.query(`ALTER TABLE "stream_member" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "budget_line" ADD "carried" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "budget_line" DROP COLUMN "carried"`);
    await queryRunner.query(`ALTER TABLE "stream_member" DROP COLUMN "confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "stream_member" DROP COLUMN "carried_from_id"`);
  }
}
