import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outcomes roll-ups, kept by statement-level triggers in the same transaction as the change (as the enrolment tally):
 * - `kpi_cell`: per programme × month × age band × gender × district of residence, the participations (enrolments
 *   ENROLLED, COMPLETED or NOT_COMPLETED, placed by the month applied), results (COMPLETED and NOT_COMPLETED) and
 *   completions (placed by the month the status changed), attended minutes and marks (placed by the session's month)
 *   and unique people (see kpi_person). A dashboard sums a few thousand cells, however many attendance rows there are.
 * - `kpi_person`: per stream × year × person, how many of their participations count; a person is counted once in
 *   `kpi_cell.participants`, in the cell of the participation that first counted them, and uncounted there at zero.
 * The enrolment's gender is snapshotted at enrolment (as its age band and district already are), by a trigger.
 */
export class KpiRollups1796350000000 implements MigrationInterface {
  name = 'KpiRollups1796350000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "enrolment" ADD "gender" "gender"`);
    await q.query(`UPDATE enrolment e SET gender = p.gender FROM participant p WHERE p.id = e.participant_id`);
    await q.query(`CREATE FUNCTION enrolment_gender_snapshot() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.gender IS NULL THEN NEW.gender := (SELECT gender FROM participant WHERE id = NEW.participant_id); END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER enrolment_gender_snapshot BEFORE INSERT ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_gender_snapshot()`,
    );
    // The snapshot does not move: the roll-up cells are keyed by it (a merge may move an enrolment to the kept person).
    await q.query(`CREATE FUNCTION enrolment_snapshot_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.age_band, NEW.gender, NEW.district_code, NEW.programme_id, NEW.applied_at)
           IS DISTINCT FROM (OLD.age_band, OLD.gender, OLD.district_code, OLD.programme_id, OLD.applied_at) THEN
          RAISE EXCEPTION 'an enrolment''s snapshot does not change' USING ERRCODE = 'check_violation', CONSTRAINT = 'enrolment_snapshot_fixed';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER enrolment_snapshot_fixed BEFORE UPDATE ON enrolment FOR EACH ROW EXECUTE FUNCTION enrolment_snapshot_fixed()`,
    );

    await q.query(`CREATE TABLE "kpi_cell" (
      "programme_id" uuid NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
      "month" date NOT NULL,
      "age_band" "age_band" NOT NULL,
      "gender" varchar(6) NOT NULL,
      "district_code" varchar(5) NOT NULL,
      "participations" integer NOT NULL DEFAULT 0,
      "participants" integer NOT NULL DEFAULT 0,
      "results" integer NOT NULL DEFAULT 0,
      "completions" integer NOT NULL DEFAULT 0,
      "attended_minutes" bigint NOT NULL DEFAULT 0,
      "attendance_marks" integer NOT NULL DEFAULT 0,
      CONSTRAINT "kpi_cell_pkey" PRIMARY KEY ("programme_id", "month", "age_band", "gender", "district_code"))`);
    await q.query(`CREATE TABLE "kpi_person" (
      "stream_id" uuid NOT NULL,
      "year" smallint NOT NULL,
      "participant_id" uuid NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
      "programme_id" uuid, "month" date, "age_band" "age_band", "gender" varchar(6), "district_code" varchar(5),
      CONSTRAINT "kpi_person_pkey" PRIMARY KEY ("stream_id", "year", "participant_id"))`);

    // Adds deltas to cells (sorted, so concurrent writers take row locks in one order).
    await q.query(`CREATE FUNCTION kpi_cell_add(d jsonb) RETURNS void LANGUAGE sql AS $$
     
      INSERT INTO kpi_cell (programme_id, month, age_band, gender, district_code, participations, participants, results, completions, attended_minutes, attendance_marks)
      SELECT programme_id, month, age_band, gender, district_code, sum(participations), sum(participants), sum(results), sum(completions), sum(attended_minutes), sum(attendance_marks)
        FROM jsonb_to_recordset(d) AS x(programme_id uuid, month date, age_band age_band, gender varchar, district_code varchar, participations int, participants int, results int, completions int, attended_minutes bigint, attendance_marks int)
       GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (programme_id, month, age_band, gender, district_code) DO UPDATE SET
        participations = kpi_cell.participations + EXCLUDED.participations, participants = kpi_cell.participants + EXCLUDED.participants,
        results = kpi_cell.results + EXCLUDED.results, completions = kpi_cell.completions + EXCLUDED.completions,
        attended_minutes = kpi_cell.attended_minutes + EXCLUDED.attended_minutes, attendance_marks = kpi_cell.attendance_marks + EXCLUDED.attendance_marks;
      -- Cached figures (the public progress page) are dropped on every replica at commit (one notice per transaction).
      SELECT pg_notify('lalaland_live', '{"topic":"kpi.changed","payload":{}}') $$`);

    // The statement's rows as (n = +1 new, −1 old) deltas; each branch names only the transition tables its event has.
    const deltas = (cols: string, into: string) => `
        IF TG_OP = 'INSERT' THEN SELECT jsonb_agg(x) INTO ${into} FROM (SELECT 1 AS n, ${cols} FROM new_rows) x;
        ELSIF TG_OP = 'DELETE' THEN SELECT jsonb_agg(x) INTO ${into} FROM (SELECT -1 AS n, ${cols} FROM old_rows) x;
        ELSE SELECT jsonb_agg(x) INTO ${into} FROM (SELECT 1 AS n, ${cols} FROM new_rows UNION ALL SELECT -1, ${cols} FROM old_rows) x;
        END IF;
        IF ${into} IS NULL THEN RETURN NULL; END IF;`;
    await q.query(`CREATE FUNCTION kpi_enrolment_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE r record; was record; now_ record; rows jsonb; cells jsonb; people jsonb := '[]'::jsonb;
      BEGIN
        ${deltas('programme_id, participant_id, status, applied_at, status_changed_at, age_band, gender, district_code', 'rows')}
        SELECT jsonb_agg(c) INTO cells FROM (
          SELECT d.programme_id, date_trunc('month', CASE WHEN k.kind = 'p' THEN d.applied_at ELSE COALESCE(d.status_changed_at, d.applied_at) END AT TIME ZONE 'Asia/Seoul')::date AS month,
                 d.age_band, COALESCE(d.gender, '') AS gender, COALESCE(d.district_code, '') AS district_code,
                 COALESCE(sum(d.n) FILTER (WHERE k.kind = 'p'), 0) AS participations, 0 AS participants,
                 COALESCE(sum(d.n) FILTER (WHERE k.kind = 'r'), 0) AS results, COALESCE(sum(d.n) FILTER (WHERE k.kind = 'r' AND d.status = 'COMPLETED'), 0) AS completions,
                 0 AS attended_minutes, 0 AS attendance_marks
            FROM jsonb_to_recordset(rows) AS d(n int, programme_id uuid, participant_id uuid, status text, applied_at timestamptz, status_changed_at timestamptz, age_band age_band, gender text, district_code text)
            JOIN LATERAL (SELECT 'p' AS kind WHERE d.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')
                          UNION ALL SELECT 'r' WHERE d.status IN ('COMPLETED', 'NOT_COMPLETED')) k ON true
           GROUP BY 1, 2, 3, 4, 5) c
         WHERE (c.participations, c.results, c.completions) <> (0, 0, 0);
        IF cells IS NOT NULL THEN PERFORM kpi_cell_add(cells); END IF;
        -- Unique people per stream and year: each person counts once, in the cell of their earliest counted participation
        -- (by the time applied, then id). Their kpi_person row is locked first, so the look-up after it sees every
        -- committed change of theirs (a new snapshot per statement), and concurrent writers take turns per person.
        FOR r IN
          SELECT DISTINCT p.stream_id, extract(year FROM d.applied_at AT TIME ZONE 'Asia/Seoul')::smallint AS year, d.participant_id
            FROM jsonb_to_recordset(rows) AS d(participant_id uuid, programme_id uuid, applied_at timestamptz)
            JOIN programme p ON p.id = d.programme_id
           ORDER BY 1, 2, 3
        LOOP
          INSERT INTO kpi_person (stream_id, year, participant_id) VALUES (r.stream_id, r.year, r.participant_id) ON CONFLICT DO NOTHING;
          SELECT programme_id, month, age_band, gender, district_code INTO was FROM kpi_person
           WHERE stream_id = r.stream_id AND year = r.year AND participant_id = r.participant_id FOR UPDATE;
          now_ := NULL;
          SELECT e.programme_id, date_trunc('month', e.applied_at AT TIME ZONE 'Asia/Seoul')::date AS month, e.age_band, COALESCE(e.gender::text, '') AS gender, COALESCE(e.district_code, '') AS district_code
            INTO now_ FROM enrolment e JOIN programme p ON p.id = e.programme_id
           WHERE e.participant_id = r.participant_id AND p.stream_id = r.stream_id AND e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')
             AND e.applied_at >= make_timestamptz(r.year, 1, 1, 0, 0, 0, 'Asia/Seoul') AND e.applied_at < make_timestamptz(r.year + 1, 1, 1, 0, 0, 0, 'Asia/Seoul')
           ORDER BY e.applied_at, e.id LIMIT 1;
          IF (was.programme_id, was.month, was.age_band, was.gender, was.district_code) IS DISTINCT FROM (now_.programme_id, now_.month, now_.age_band, now_.gender, now_.district_code) THEN
            UPDATE kpi_person SET programme_id = now_.programme_id, month = now_.month, age_band = now_.age_band, gender = now_.gender, district_code = now_.district_code
             WHERE stream_id = r.stream_id AND year = r.year AND participant_id = r.participant_id;
            IF was.programme_id IS NOT NULL THEN
              people := people || jsonb_build_object('programme_id', was.programme_id, 'month', was.month, 'age_band', was.age_band, 'gender', was.gender, 'district_code', was.district_code,
                                                     'participations', 0, 'participants', -1, 'results', 0, 'completions', 0, 'attended_minutes', 0, 'attendance_marks', 0);
            END IF;
            IF now_.programme_id IS NOT NULL THEN
              people := people || jsonb_build_object('programme_id', now_.programme_id, 'month', now_.month, 'age_band', now_.age_band, 'gender', now_.gender, 'district_code', now_.district_code,
                                                     'participations', 0, 'participants', 1, 'results', 0, 'completions', 0, 'attended_minutes', 0, 'attendance_marks', 0);
            END IF;
          END IF;
        END LOOP;
        IF jsonb_array_length(people) > 0 THEN PERFORM kpi_cell_add(people); END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER kpi_enrolment_insert AFTER INSERT ON enrolment REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_enrolment_rollup()`,
    );
    await q.query(
      `CREATE TRIGGER kpi_enrolment_update AFTER UPDATE ON enrolment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_enrolment_rollup()`,
    );
    await q.query(
      `CREATE TRIGGER kpi_enrolment_delete AFTER DELETE ON enrolment REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_enrolment_rollup()`,
    );

    await q.query(`CREATE FUNCTION kpi_attendance_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE rows jsonb; cells jsonb;
      BEGIN
        ${deltas('session_id, enrolment_id, minutes', 'rows')}
        SELECT jsonb_agg(c) INTO cells FROM (
          SELECT e.programme_id, date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Seoul')::date AS month, e.age_band, COALESCE(e.gender::text, '') AS gender,
                 COALESCE(e.district_code, '') AS district_code, 0 AS participations, 0 AS participants, 0 AS results, 0 AS completions,
                 sum(d.n * d.minutes) AS attended_minutes, sum(d.n) AS attendance_marks
            FROM jsonb_to_recordset(rows) AS d(n int, session_id uuid, enrolment_id uuid, minutes int)
            JOIN programme_session s ON s.id = d.session_id JOIN enrolment e ON e.id = d.enrolment_id
           GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n * d.minutes) <> 0 OR sum(d.n) <> 0) c;
        IF cells IS NOT NULL THEN PERFORM kpi_cell_add(cells); END IF;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER kpi_attendance_insert AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_attendance_rollup()`,
    );
    await q.query(
      `CREATE TRIGGER kpi_attendance_update AFTER UPDATE ON attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_attendance_rollup()`,
    );
    await q.query(
      `CREATE TRIGGER kpi_attendance_delete AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_attendance_rollup()`,
    );

    // What is there already (demo data, or a database upgraded in place).
    // The recount: every cell from the records alone (the roll-up test compares it with kpi_cell; kpi_rebuild fills
    // the roll-ups from it after a bulk load with the triggers off, and for what is there already).
    const month = (ts: string) => `date_trunc('month', ${ts} AT TIME ZONE 'Asia/Seoul')::date`;
    const dims = `e.age_band, COALESCE(e.gender::text, '') AS gender, COALESCE(e.district_code, '') AS district_code`;
    const counted = `e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')`;
    await q.query(`CREATE VIEW kpi_recount AS
      SELECT programme_id, month, age_band, gender, district_code, sum(participations)::int AS participations, sum(participants)::int AS participants,
             sum(results)::int AS results, sum(completions)::int AS completions, sum(attended_minutes)::bigint AS attended_minutes, sum(attendance_marks)::int AS attendance_marks
        FROM (SELECT e.programme_id, ${month('e.applied_at')} AS month, ${dims}, 1 AS participations, 0 AS participants, 0 AS results, 0 AS completions, 0 AS attended_minutes, 0 AS attendance_marks
                FROM enrolment e WHERE ${counted}
              UNION ALL
              SELECT e.programme_id, ${month('COALESCE(e.status_changed_at, e.applied_at)')}, ${dims}, 0, 0, 1, (e.status = 'COMPLETED')::int, 0, 0
                FROM enrolment e WHERE e.status IN ('COMPLETED', 'NOT_COMPLETED')
              UNION ALL
              (SELECT DISTINCT ON (p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id)
                      e.programme_id, ${month('e.applied_at')}, ${dims}, 0, 1, 0, 0, 0, 0
                 FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE ${counted}
                ORDER BY p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id, e.applied_at, e.id)
              UNION ALL
              SELECT e.programme_id, ${month('s.starts_at')}, ${dims}, 0, 0, 0, 0, a.minutes, 1
                FROM attendance a JOIN programme_session s ON s.id = a.session_id JOIN enrolment e ON e.id = a.enrolment_id) x
       GROUP BY 1, 2, 3, 4, 5
      HAVING (sum(participations), sum(participants), sum(results), sum(completions), sum(attended_minutes), sum(attendance_marks)) <> (0, 0, 0, 0, 0, 0)`);
    await q.query(`CREATE FUNCTION kpi_rebuild() RETURNS void LANGUAGE sql AS $$
      DELETE FROM kpi_cell;
      DELETE FROM kpi_person;
      INSERT INTO kpi_cell SELECT * FROM kpi_recount;
      INSERT INTO kpi_person (stream_id, year, participant_id, programme_id, month, age_band, gender, district_code)
      SELECT DISTINCT ON (p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id)
             p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id, e.programme_id, ${month('e.applied_at')}, ${dims}
        FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE ${counted}
       ORDER BY p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id, e.applied_at, e.id $$`);
    await q.query(`SELECT kpi_rebuild()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['kpi_attendance_insert', 'kpi_attendance_update', 'kpi_attendance_delete'])
      await q.query(`DROP TRIGGER ${t} ON attendance`);
    for (const t of [
      'kpi_enrolment_insert',
      'kpi_enrolment_update',
      'kpi_enrolment_delete',
      'enrolment_snapshot_fixed',
      'enrolment_gender_snapshot',
    ])
      await q.query(`DROP TRIGGER ${t} ON enrolment`);
    await q.query(`DROP FUNCTION kpi_rebuild()`);
    await q.query(`DROP VIEW kpi_recount`);
    await q.query(`DROP FUNCTION kpi_attendance_rollup()`);
    await q.query(`DROP FUNCTION kpi_enrolment_rollup()`);
    await q.query(`DROP FUNCTION kpi_cell_add(jsonb)`);
    await q.query(`DROP FUNCTION enrolment_snapshot_fixed()`);
    await q.query(`DROP FUNCTION enrolment_gender_snapshot()`);
    await q.query(`DROP TABLE "kpi_person"`);
    await q.query(`DROP TABLE "kpi_cell"`);
    await q.query(`ALTER TABLE "enrolment" DROP COLUMN "gender"`);
  }
}
