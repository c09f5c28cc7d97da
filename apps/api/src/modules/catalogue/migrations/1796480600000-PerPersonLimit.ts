import { MigrationInterface, QueryRunner } from 'typeorm';

/** A host may let one person hold at most N of its programmes at once (overlapping dates). */
export class PerPersonLimit1796480600000 implements MigrationInterface {
  name = 'PerPersonLimit1796480600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_offer" ADD "per_person_limit" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_offer" DROP COLUMN "per_person_limit"`);
  }
}
