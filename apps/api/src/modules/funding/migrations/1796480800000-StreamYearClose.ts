import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables a closed year's records live in: written only as a correction (with its reason) once the year is closed. */
export const CLOSED_YEAR_TABLES = ['budget_line', 'expenditure', 'stream_member'];

/**
 * A stream's year closes: its final figures frozen (stream_closing.figures), the settlement of each source of money
 * recorded (executed, returned to the treasury, carried over, with reasons), and its records read-only from then on.
 * The read-only rule is a trigger, so no code path can forget it: a write to a closed year's row is refused (SQLSTATE
 * LA001, STREAM_YEAR_CLOSED) unless the transaction carries a correction's reason (SET LOCAL lalaland.correction).
 */
export class StreamYearClose1796480800000 implements MigrationInterface {
  name = 'StreamYearClose1796480800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stream_closing" ("stream_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_by_id" uuid, "note" character varying(1000), "figures" jsonb NOT NULL, CONSTRAINT "PK_stream_closing" PRIMARY KEY ("stream_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "stream_closing" ADD CONSTRAINT "FK_stream_closing_stream" FOREIGN KEY ("stream_id") REFERENCES "funding_stream"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "stream_settlement" ("stream_id" uuid NOT NULL, "source" "public"."funding_source" NOT NULL, "planned" bigint NOT NULL, "executed" bigint NOT NULL, "returned" bigint NOT NULL, "carried_over" bigint NOT NULL, "reason" character varying(500), CONSTRAINT "stream_settlement_sum_check" CHECK (executed + returned + carried_over = planned AND executed >= 0 AND returned >= 0 AND carried_over >= 0), CONSTRAINT "PK_stream_settlement" PRIMARY KEY ("stream_id", "source"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "stream_settlement" ADD CONSTRAINT "FK_stream_settlement_closing" FOREIGN KEY ("stream_id") REFERENCES "stream_closing"("stream_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "stream_correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "stream_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, CONSTRAINT "PK_stream_correction" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "stream_correction_stream_idx" ON "stream_correction" ("stream_id", "at")`);
    await queryRunner.query(
      `ALTER TABLE "stream_correction" ADD CONSTRAINT "FK_stream_correction_closing" FOREIGN KEY ("stream_id") REFERENCES "stream_closing"("stream_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION refuse_closed_year() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        touched uuid[] := '{}';
      BEGIN
        IF TG_OP <> 'INSERT' THEN touched := touched || OLD.stream_id; END IF;
        IF TG_OP <> 'DELETE' THEN touched := touched || NEW.stream_id; END IF;
        IF coalesce(current_setting('lalaland.correction', true), '') = ''
           AND EXISTS (SELECT 1 FROM stream_closing WHERE stream_id = ANY (touched)) THEN
          RAISE EXCEPTION 'STREAM_YEAR_CLOSED' USING ERRCODE = 'LA001';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    for (const table of CLOSED_YEAR_TABLES)
      await queryRunner.query(
        `CREATE TRIGGER "${table}_closed_year" BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_closed_year()`,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CLOSED_YEAR_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_closed_year" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION refuse_closed_year()`);
    await queryRunner.query(`DROP TABLE "stream_correction"`);
    await queryRunner.query(`DROP TABLE "stream_settlement"`);
    await queryRunner.query(`DROP TABLE "stream_closing"`);
  }
}
