import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose changes move a figure other than through the roll-ups (the dashboards' caches are dropped at their commit). */
const KPI_SOURCES = [
  'programme',
  'outcome',
  'referral',
  'mentor_assignment',
  'mentor_credential',
  'mentor',
  'expenditure',
  'budget_line',
  'activity',
  'activity_participant',
  'survey',
  'kpi_target',
  'kpi_milestone',
  'stream_member',
  'stream_field',
  'organization',
  'funding_stream',
];

/**
 * A stream's figures by each dimension, so a dashboard reads a few hundred rows instead of every programme's cells:
 * `kpi_dim` per stream × dimension × key × month (the month dimension is the stream's total), with participations
 * split by age band (the generation mix). Kept exact without a hot row: every change to `kpi_cell` appends its deltas
 * to `kpi_dim_delta` (insert only, in the same transaction), and `kpi_dim_compact()` folds them in (the API runs it
 * every few seconds on one replica); readers sum both, so a figure is never stale. A programme whose organization,
 * pillar, domain or field changes moves its totals with it. The other records that figures are computed from NOTIFY at
 * commit, so a replica's cached dashboards are dropped the moment any figure could have moved.
 */
export class KpiDimensions1796370000000 implements MigrationInterface {
  name = 'KpiDimensions1796370000000';

  public async up(q: QueryRunner): Promise<void> {
    const measures = `"participations" integer NOT NULL DEFAULT 0, "participants" integer NOT NULL DEFAULT 0, "results" integer NOT NULL DEFAULT 0,
      "completions" integer NOT NULL DEFAULT 0, "attended_minutes" bigint NOT NULL DEFAULT 0, "attendance_marks" integer NOT NULL DEFAULT 0,
      "under_20" integer NOT NULL DEFAULT 0, "age_20_39" integer NOT NULL DEFAULT 0, "age_40_64" integer NOT NULL DEFAULT 0, "age_65_plus" integer NOT NULL DEFAULT 0`;
    await q.query(`CREATE TABLE "kpi_dim" ("stream_id" uuid NOT NULL, "dimension" varchar(12) NOT NULL, "key" varchar(60) NOT NULL, "month" date NOT NULL, ${measures},
      CONSTRAINT "kpi_dim_pkey" PRIMARY KEY ("stream_id", "dimension", "month", "key"))`);
    await q.query(
      `CREATE TABLE "kpi_dim_delta" ("stream_id" uuid NOT NULL, "dimension" varchar(12) NOT NULL, "key" varchar(60) NOT NULL, "month" date NOT NULL, ${measures})`,
    );
    await q.query(`CREATE INDEX "kpi_dim_delta_stream" ON "kpi_dim_delta" ("stream_id", "dimension", "month")`);

    // The dimension rows of a set of cell deltas (jsonb of kpi_cell rows, signed), for a stream's programmes.
    const dims = `(VALUES ('MONTH', ''), ('ORGANIZATION', p.host_organization_id::text), ('PILLAR', p.pillar::text), ('DOMAIN', p.domain::text),
                    ('FIELD', COALESCE(p.field_id::text, '')), ('AGE_BAND', d.age_band::text), ('GENDER', d.gender), ('DISTRICT', d.district_code), ('PROGRAMME', p.id::text)) AS k(dimension, key)`;
    await q.query(`CREATE OR REPLACE FUNCTION kpi_cell_add(d jsonb) RETURNS void LANGUAGE sql AS $$
      INSERT INTO kpi_cell (programme_id, month, age_band, gender, district_code, participations, participants, results, completions, attended_minutes, attendance_marks)
      SELECT programme_id, month, age_band, gender, district_code, sum(participations), sum(participants), sum(results), sum(completions), sum(attended_minutes), sum(attendance_marks)
        FROM jsonb_to_recordset(d) AS x(programme_id uuid, month date, age_band age_band, gender varchar, district_code varchar, participations int, participants int, results int, completions int, attended_minutes bigint, attendance_marks int)
       GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (programme_id, month, age_band, gender, district_code) DO UPDATE SET
        participations = kpi_cell.participations + EXCLUDED.participations, participants = kpi_cell.participants + EXCLUDED.participants,
        results = kpi_cell.results + EXCLUDED.results, completions = kpi_cell.completions + EXCLUDED.completions,
        attended_minutes = kpi_cell.attended_minutes + EXCLUDED.attended_minutes, attendance_marks = kpi_cell.attendance_marks + EXCLUDED.attendance_marks;
      INSERT INTO kpi_dim_delta (stream_id, dimension, key, month, participations, participants, results, completions, attended_minutes, attendance_marks, under_20, age_20_39, age_40_64, age_65_plus)
      SELECT p.stream_id, k.dimension, k.key, d.month, sum(d.participations), sum(d.participants), sum(d.results), sum(d.completions), sum(d.attended_minutes), sum(d.attendance_marks),
             COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'UNDER_20'), 0), COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_20_39'), 0),
             COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_40_64'), 0), COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_65_PLUS'), 0)
        FROM jsonb_to_recordset(d) AS d(programme_id uuid, month date, age_band age_band, gender varchar, district_code varchar, participations int, participants int, results int, completions int, attended_minutes bigint, attendance_marks int)
        JOIN programme p ON p.id = d.programme_id CROSS JOIN LATERAL ${dims}
       GROUP BY 1, 2, 3, 4;
      SELECT pg_notify('lalaland_live', '{"topic":"kpi.changed","payload":{}}') $$`);

    // Folds the appended deltas into kpi_dim (one replica at a time; readers sum both, so nothing is ever missing).
    await q.query(`CREATE FUNCTION kpi_dim_compact() RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE n integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('kpi_dim_compact')) THEN RETURN 0; END IF;
        WITH moved AS (DELETE FROM kpi_dim_delta RETURNING *), folded AS (
          INSERT INTO kpi_dim AS t SELECT stream_id, dimension, key, month, sum(participations), sum(participants), sum(results), sum(completions), sum(attended_minutes),
                 sum(attendance_marks), sum(under_20), sum(age_20_39), sum(age_40_64), sum(age_65_plus)
            FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
          ON CONFLICT (stream_id, dimension, month, key) DO UPDATE SET
            participations = t.participations + EXCLUDED.participations, participants = t.participants + EXCLUDED.participants, results = t.results + EXCLUDED.results,
            completions = t.completions + EXCLUDED.completions, attended_minutes = t.attended_minutes + EXCLUDED.attended_minutes,
            attendance_marks = t.attendance_marks + EXCLUDED.attendance_marks, under_20 = t.under_20 + EXCLUDED.under_20, age_20_39 = t.age_20_39 + EXCLUDED.age_20_39,
            age_40_64 = t.age_40_64 + EXCLUDED.age_40_64, age_65_plus = t.age_65_plus + EXCLUDED.age_65_plus
          RETURNING 1)
        SELECT count(*) INTO n FROM folded;
        RETURN n;
      END $$`);

    // A programme moved to another organization, pillar, domain or field: its totals move with it (as deltas).
    await q.query(`CREATE FUNCTION kpi_programme_moved() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE c jsonb;
      BEGIN
        SELECT jsonb_agg(x) INTO c FROM (SELECT programme_id, month, age_band, gender, district_code, participations, participants, results, completions, attended_minutes, attendance_marks
                                           FROM kpi_cell WHERE programme_id = NEW.id) x;
        IF c IS NULL THEN RETURN NULL; END IF;
        FOR s IN -1..1 BY 2 LOOP
          INSERT INTO kpi_dim_delta (stream_id, dimension, key, month, participations, participants, results, completions, attended_minutes, attendance_marks, under_20, age_20_39, age_40_64, age_65_plus)
          SELECT p.stream_id, k.dimension, k.key, d.month, s * sum(d.participations), s * sum(d.participants), s * sum(d.results), s * sum(d.completions),
                 s * sum(d.attended_minutes), s * sum(d.attendance_marks),
                 s * COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'UNDER_20'), 0), s * COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_20_39'), 0),
                 s * COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_40_64'), 0), s * COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_65_PLUS'), 0)
            FROM jsonb_to_recordset(c) AS d(programme_id uuid, month date, age_band age_band, gender varchar, district_code varchar, participations int, participants int, results int, completions int, attended_minutes bigint, attendance_marks int)
            JOIN (SELECT CASE WHEN s < 0 THEN OLD.stream_id ELSE NEW.stream_id END AS stream_id, NEW.id AS id,
                         CASE WHEN s < 0 THEN OLD.host_organization_id ELSE NEW.host_organization_id END AS host_organization_id,
                         CASE WHEN s < 0 THEN OLD.pillar ELSE NEW.pillar END AS pillar, CASE WHEN s < 0 THEN OLD.domain ELSE NEW.domain END AS domain,
                         CASE WHEN s < 0 THEN OLD.field_id ELSE NEW.field_id END AS field_id) p ON true CROSS JOIN LATERAL ${dims}
           WHERE k.dimension IN ('ORGANIZATION', 'PILLAR', 'DOMAIN', 'FIELD') OR OLD.stream_id IS DISTINCT FROM NEW.stream_id
           GROUP BY 1, 2, 3, 4;
        END LOOP;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER kpi_programme_moved AFTER UPDATE OF host_organization_id, pillar, domain, field_id, stream_id ON programme FOR EACH ROW
      WHEN ((OLD.host_organization_id, OLD.pillar, OLD.domain, OLD.field_id, OLD.stream_id) IS DISTINCT FROM (NEW.host_organization_id, NEW.pillar, NEW.domain, NEW.field_id, NEW.stream_id))
      EXECUTE FUNCTION kpi_programme_moved()`);

    // The rebuild (after a bulk load with the triggers off) also rebuilds the dimensions from the cells.
    await q.query(`CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM kpi_cell;
        DELETE FROM kpi_person;
        DELETE FROM kpi_dim;
        DELETE FROM kpi_dim_delta;
        INSERT INTO kpi_cell SELECT * FROM kpi_recount;
        INSERT INTO kpi_person (stream_id, year, participant_id, programme_id, month, age_band, gender, district_code)
        SELECT DISTINCT ON (p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id)
               p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id, e.programme_id,
               date_trunc('month', e.applied_at AT TIME ZONE 'Asia/Seoul')::date, e.age_band, COALESCE(e.gender::text, ''), COALESCE(e.district_code, '')
          FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')
         ORDER BY p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id, e.applied_at, e.id;
        INSERT INTO kpi_dim_delta (stream_id, dimension, key, month, participations, participants, results, completions, attended_minutes, attendance_marks, under_20, age_20_39, age_40_64, age_65_plus)
        SELECT p.stream_id, k.dimension, k.key, d.month, sum(d.participations), sum(d.participants), sum(d.results), sum(d.completions), sum(d.attended_minutes), sum(d.attendance_marks),
               COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'UNDER_20'), 0), COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_20_39'), 0),
               COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_40_64'), 0), COALESCE(sum(d.participations) FILTER (WHERE d.age_band = 'AGE_65_PLUS'), 0)
          FROM kpi_cell d JOIN programme p ON p.id = d.programme_id CROSS JOIN LATERAL ${dims}
         GROUP BY 1, 2, 3, 4;
        PERFORM kpi_dim_compact();
      END $$`);
    await q.query(`SELECT kpi_rebuild()`);

    // Every other record a figure is computed from tells the replicas' caches at commit (one notice per transaction).
    await q.query(`CREATE FUNCTION kpi_touched() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('lalaland_live', '{"topic":"kpi.changed","payload":{}}');
        RETURN NULL;
      END $$`);
    for (const table of KPI_SOURCES) {
      await q.query(
        `CREATE TRIGGER kpi_touched AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION kpi_touched()`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of KPI_SOURCES) await q.query(`DROP TRIGGER kpi_touched ON "${table}"`);
    await q.query(`DROP FUNCTION kpi_touched()`);
    await q.query(`DROP TRIGGER kpi_programme_moved ON programme`);
    await q.query(`DROP FUNCTION kpi_programme_moved()`);
    await q.query(`DROP FUNCTION kpi_dim_compact()`);
    await q.query(`DROP TABLE "kpi_dim_delta"`);
    await q.query(`DROP TABLE "kpi_dim"`);
    // kpi_cell_add and kpi_rebuild go back to their KpiRollups versions when that migration is reverted and re-run.
  }
}
