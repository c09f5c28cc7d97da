import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The result report a closed year was closed with is kept as submitted (kept_at); a closed year gets no new result
 * report except as a correction (the funding module's refuse_closed_year trigger, on new RESULT runs only).
 */
export class ReportKept1796481000000 implements MigrationInterface {
  name = 'ReportKept1796481000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_run" ADD "kept_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TRIGGER "report_run_closed_year" BEFORE INSERT ON "report_run" FOR EACH ROW WHEN (NEW.kind = 'RESULT') EXECUTE FUNCTION refuse_closed_year()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "report_run_closed_year" ON "report_run"`);
    await queryRunner.query(`ALTER TABLE "report_run" DROP COLUMN "kept_at"`);
  }
}
