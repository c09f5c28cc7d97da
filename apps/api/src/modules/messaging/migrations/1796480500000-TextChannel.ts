import { MigrationInterface, QueryRunner } from 'typeorm';

/** A text records how it went: SMS (or LMS), or 카카오 알림톡. */
export class TextChannel1796480500000 implements MigrationInterface {
  name = 'TextChannel1796480500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "text_message" ADD "channel" character varying(5) NOT NULL DEFAULT 'SMS'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "text_message" DROP COLUMN "channel"`);
  }
}
