import { startTestApp, TestApp } from './support/app';

type Row = Record<string, unknown>;

/** The outcomes roll-ups (kpi_cell, kpi_person, kpi_dim) against a recount from the records, under concurrent writers. */
describe('outcomes roll-ups: kept in the transaction of each change, always equal to a recount', () => {
  let t: TestApp;
  const q = <T = Row>(sql: string, params: unknown[] = []) => t.db.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
  });
  afterAll(() => t.close());

  /** Rows of the roll-ups that differ from the recount, both ways (empty when they agree). */
  const rollupDiff = () =>
    q(`(SELECT 'rollup' AS side, * FROM kpi_cell WHERE (participations, participants, results, completions, attended_minutes, attendance_marks) <> (0, 0, 0, 0, 0, 0) EXCEPT SELECT 'rollup', * FROM kpi_recount)
       UNION ALL (SELECT 'recount', * FROM kpi_recount EXCEPT SELECT 'recount', * FROM kpi_cell)`);

  /** The dimension roll-up (folded and not yet folded deltas) against the cells summed by each dimension, both ways. */
  const dimDiff = () => {
    const m = `sum(participations)::int AS a, sum(participants)::int AS b, sum(results)::int AS c, sum(completions)::int AS d, sum(attended_minutes)::bigint AS e, sum(under_20)::int AS f, sum(age_65_plus)::int AS g`;
    const nonzero = `HAVING (sum(participations), sum(participants), sum(results), sum(completions), sum(attended_minutes)) <> (0, 0, 0, 0, 0)`;
    return q(`WITH d AS (SELECT stream_id, dimension, key, month, ${m} FROM (SELECT * FROM kpi_dim UNION ALL SELECT * FROM kpi_dim_delta) x GROUP BY 1, 2, 3, 4 ${nonzero}),
      r AS (SELECT p.stream_id, k.dimension, k.key, c.month, ${m.replace(/sum\(under_20\)/, "sum(CASE WHEN c.age_band = 'UNDER_20' THEN participations ELSE 0 END)").replace(/sum\(age_65_plus\)/, "sum(CASE WHEN c.age_band = 'AGE_65_PLUS' THEN participations ELSE 0 END)")}
              FROM kpi_cell c JOIN programme p ON p.id = c.programme_id
                   CROSS JOIN LATERAL (VALUES ('MONTH', ''), ('ORGANIZATION', p.host_organization_id::text), ('PILLAR', p.pillar::text), ('DOMAIN', p.domain::text), ('FIELD', COALESCE(p.field_id::text, '')),
                           ('AGE_BAND', c.age_band::text), ('GENDER', c.gender), ('DISTRICT', c.district_code), ('PROGRAMME', p.id::text)) AS k(dimension, key)
             GROUP BY 1, 2, 3, 4 ${nonzero})
      (SELECT 'dim' AS side, * FROM d EXCEPT SELECT 'dim', * FROM r) UNION ALL (SELECT 'cells', * FROM r EXCEPT SELECT 'cells', * FROM d)`);
  };

  it('every roll-up equals a recount from the records after 600 random enrolments, drops, attendance marks and completions, 8 writers at once', async () => {
    expect(await rollupDiff()).toEqual([]); // the demo data, as seeded through the triggers
    expect(await dimDiff()).toEqual([]);
    const programmes = await q<{ id: string; host: string; sessions: string[] }>(
      `SELECT p.id, p.host_organization_id AS host, array_agg(s.id) AS sessions FROM programme p JOIN programme_session s ON s.programme_id = p.id
        WHERE p.stream_id IN (SELECT id FROM funding_stream) GROUP BY p.id ORDER BY p.id LIMIT 8`,
    );
    const people = await q<{ id: string }>('SELECT id FROM participant ORDER BY id LIMIT 60');
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const statuses = ['APPLIED', 'ENROLLED', 'WAITLISTED', 'COMPLETED', 'DROPPED', 'NO_SHOW', 'NOT_COMPLETED'];
    const day = () =>
      `2025-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')} ${String(rand(24)).padStart(2, '0')}:00+09`;
    const writer = async (w: number) => {
      for (let i = 0; i < 75; i++) {
        const p = programmes[rand(programmes.length)]!;
        const person = people[(w * 7 + rand(people.length)) % people.length]!.id;
        const op = rand(10);
        const runner = t.db.createQueryRunner();
        await runner.connect();
        try {
          await runner.startTransaction();
          if (op < 3) {
            await runner.query(
              `INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band, district_code, applied_at, status_changed_at)
               SELECT $1, $2, $3, $4, (ARRAY['UNDER_20','AGE_20_39','AGE_40_64','AGE_65_PLUS']::age_band[])[1 + $5 % 4], (ARRAY['26380','26470',NULL])[1 + $5 % 3], $6, $6
               ON CONFLICT DO NOTHING`,
              [p.id, person, p.host, ['ENROLLED', 'ENROLLED', 'APPLIED', 'COMPLETED'][rand(4)], rand(100), day()],
            );
          } else if (op < 6) {
            await runner.query(
              `UPDATE enrolment SET status = $2, status_changed_at = $3 WHERE id = (SELECT id FROM enrolment WHERE programme_id = $1 ORDER BY random() LIMIT 1)`,
              [p.id, statuses[rand(statuses.length)], day()],
            );
          } else if (op < 9) {
            await runner.query(
              `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_at)
               SELECT $1, e.id, 'PRESENT', $2, now() FROM enrolment e WHERE e.programme_id = $3 ORDER BY random() LIMIT 3
               ON CONFLICT (session_id, enrolment_id) DO UPDATE SET minutes = EXCLUDED.minutes, status = CASE WHEN EXCLUDED.minutes = 0 THEN 'ABSENT'::attendance_status ELSE 'PRESENT' END`,
              [p.sessions[rand(p.sessions.length)], [0, 60, 90, 120][rand(4)], p.id],
            );
          } else {
            await runner.query(
              `DELETE FROM attendance WHERE (session_id, enrolment_id) IN (SELECT session_id, enrolment_id FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.programme_id = $1 ORDER BY random() LIMIT 2)`,
              [p.id],
            );
          }
          if (rand(8) === 0) await runner.rollbackTransaction();
          else await runner.commitTransaction();
        } catch (err) {
          if (runner.isTransactionActive) await runner.rollbackTransaction();
          if (!/deadlock|programme_seats_check/.test(String(err))) throw err; // a full programme refuses, as it should
        } finally {
          await runner.release();
        }
      }
    };
    const count = async () =>
      (await q<{ n: number }>('SELECT (SELECT count(*) FROM enrolment) + (SELECT count(*) FROM attendance) AS n'))[0]!.n;
    const before = await count();
    // The dimension roll-up is folded while the writers write (as the API does every few seconds).
    let writing = true;
    const folding = (async () => {
      while (writing) {
        await q('SELECT kpi_dim_compact()');
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    writing = false;
    await folding;
    expect(Number(await count()) - Number(before)).toBeGreaterThan(100);
    expect(await rollupDiff()).toEqual([]);
    expect(await dimDiff()).toEqual([]);
    // A programme moved to another pillar and field takes its figures with it.
    await q(`UPDATE programme SET pillar = 'ACT', field_id = NULL WHERE id = $1`, [programmes[0]!.id]);
    expect(await dimDiff()).toEqual([]);
    await q('SELECT kpi_dim_compact()');
    expect(await dimDiff()).toEqual([]);
    // Unique people: each counted once per stream and year, where the recount counts them.
    const [people1] = await q<{ a: number; b: number }>(
      `SELECT (SELECT count(*) FROM kpi_person WHERE programme_id IS NOT NULL)::int AS a,
              (SELECT count(*) FROM (SELECT DISTINCT p.stream_id, extract(year FROM e.applied_at AT TIME ZONE 'Asia/Seoul'), e.participant_id FROM enrolment e JOIN programme p ON p.id = e.programme_id
                WHERE e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')) x)::int AS b`,
    );
    expect(people1!.a).toBe(people1!.b);
  }, 120_000);
});
