import { MigrationInterface, QueryRunner } from 'typeorm';

/** A programme run every year (recurs_yearly) is copied as a draft into the next year when its stream's year opens. */
export class RecurringProgrammes1796481200000 implements MigrationInterface {
  name = 'RecurringProgrammes1796481200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" ADD "recurs_yearly" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "programme" ADD "copied_from_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "copied_from_id"`);
    await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "recurs_yearly"`);
  }
}
