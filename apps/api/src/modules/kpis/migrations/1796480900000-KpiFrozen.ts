import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A closed year's KPI figures, frozen when the lead closes it (stream.year_closed): what the year achieved against its
 * targets stays what was reported, whatever is corrected later. Targets and milestones of a closed year are written only
 * as a correction (the funding module's refuse_closed_year trigger).
 */
export class KpiFrozen1796480900000 implements MigrationInterface {
  name = 'KpiFrozen1796480900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "kpi_frozen" ("stream_id" uuid NOT NULL, "kpi_code" character varying(40) NOT NULL, "year" smallint NOT NULL, "actual" numeric(14,1), "target" numeric(14,1), "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_kpi_frozen" PRIMARY KEY ("stream_id", "kpi_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "kpi_frozen" ADD CONSTRAINT "FK_kpi_frozen_stream" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of ['kpi_target', 'kpi_milestone'])
      await queryRunner.query(
        `CREATE TRIGGER "${table}_closed_year" BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_closed_year()`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['kpi_target', 'kpi_milestone']) await queryRunner.query(`DROP TRIGGER "${table}_closed_year" ON "${table}"`);
    await queryRunner.query(`DROP TABLE "kpi_frozen"`);
  }
}
