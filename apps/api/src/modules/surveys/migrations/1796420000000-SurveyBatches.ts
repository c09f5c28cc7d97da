import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey results published in batches (hardening 2, item 5): an answer joins the results (and the counters the
 * satisfaction KPI reads) only with four others, or at close, so nobody can tie an answer to the person who just
 * answered. `answered_count` is how many answered so far; the answers already counted are published.
 */
export class SurveyBatches1796420000000 implements MigrationInterface {
  name = 'SurveyBatches1796420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey" ADD "answered_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`UPDATE "survey" SET "answered_count" = "response_count"`);
    await queryRunner.query(`ALTER TABLE "survey_response" ADD "published" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "survey_response" SET "published" = true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_response" DROP COLUMN "published"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP COLUMN "answered_count"`);
  }
}
