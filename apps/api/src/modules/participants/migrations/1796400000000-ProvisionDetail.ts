import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read of personal data that is not one of a participant's fields (a referral's document, its note, the holder's
 * comments) is logged too: `detail` names what was read, beside the fields (then empty).
 */
export class ProvisionDetail1796400000000 implements MigrationInterface {
  name = 'ProvisionDetail1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "personal_data_access" ADD "detail" character varying(200)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "personal_data_access" DROP COLUMN "detail"`);
  }
}
