import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { DASHBOARD, DICTIONARY, SAVE_MILESTONE, SET_TARGET } from './support/kpis';

type Row = Record<string, unknown>;

describe('outcomes: KPI figures from records, roll-ups equal to a recount, dashboards by access, targets, suppression, public progress', () => {
  let t: TestApp, city: Client, saha: Client, ministry: Client;
  let stream: string, sahaOrg: string;
  const q = <T = Row>(sql: string, params: unknown[] = []) => t.db.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [city, saha, ministry] = (await Promise.all(['city.admin', 'saha.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)))) as [Client, Client, Client];
    stream = (await q<{ id: string }>("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'"))[0]!.id;
    sahaOrg = await t.orgId('SAHA');
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
    const day = () => `2025-${String(1 + rand(12)).padStart(2, '0')}-${String(1 + rand(28)).padStart(2, '0')} ${String(rand(24)).padStart(2, '0')}:00+09`;
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
            await runner.query(`UPDATE enrolment SET status = $2, status_changed_at = $3 WHERE id = (SELECT id FROM enrolment WHERE programme_id = $1 ORDER BY random() LIMIT 1)`, [
              p.id,
              statuses[rand(statuses.length)],
              day(),
            ]);
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
    const count = async () => (await q<{ n: number }>('SELECT (SELECT count(*) FROM enrolment) + (SELECT count(*) FROM attendance) AS n'))[0]!.n;
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

  it('the dashboard’s figures equal a direct SQL recount, and the dictionary names the query of each', async () => {
    const d = (await city.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    const fig = (code: string) => d.figures.find((f) => f.code === code)!.actual;
    const [direct] = await q<{ people: number; enrolments: number; completions: number; hours: number; programmes: number }>(
      `SELECT (SELECT count(DISTINCT e.participant_id) FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE p.stream_id = $1 AND e.status IN ('ENROLLED','COMPLETED','NOT_COMPLETED')
                 AND e.applied_at >= '2025-01-01 00:00+09' AND e.applied_at < '2026-01-01 00:00+09')::int AS people,
              (SELECT count(*) FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE p.stream_id = $1 AND e.status IN ('ENROLLED','COMPLETED','NOT_COMPLETED')
                 AND e.applied_at >= '2025-01-01 00:00+09' AND e.applied_at < '2026-01-01 00:00+09')::int AS enrolments,
              (SELECT count(*) FROM enrolment e JOIN programme p ON p.id = e.programme_id WHERE p.stream_id = $1 AND e.status = 'COMPLETED'
                 AND e.status_changed_at >= '2025-01-01 00:00+09' AND e.status_changed_at < '2026-01-01 00:00+09')::int AS completions,
              (SELECT round(COALESCE(sum(a.minutes), 0) / 60.0, 1) FROM attendance a JOIN programme_session s ON s.id = a.session_id JOIN programme p ON p.id = s.programme_id WHERE p.stream_id = $1
                 AND s.starts_at >= '2025-01-01 00:00+09' AND s.starts_at < '2026-01-01 00:00+09')::float AS hours,
              (SELECT count(*) FROM programme p WHERE p.stream_id = $1 AND p.status IN ('RUNNING','COMPLETED') AND p.starts_on BETWEEN '2025-01-01' AND '2025-12-31')::int AS programmes`,
      [stream],
    );
    expect(direct!.people).toBeGreaterThan(10);
    expect({ people: fig('PARTICIPANTS'), enrolments: fig('ENROLMENTS'), completions: fig('COMPLETIONS'), hours: fig('LEARNING_HOURS'), programmes: fig('PROGRAMMES_RUN') }).toEqual(direct);
    // Each breakdown adds up to the same total (unique people too: each is counted with one first participation).
    for (const b of d.breakdowns) expect(b.total.participants).toBe(direct!.people);
    const dict = (await saha.gql(DICTIONARY, {})).data!.kpiDictionary;
    expect(dict.length).toBeGreaterThanOrEqual(18);
    expect(dict.find((k) => k.code === 'PARTICIPANTS')).toMatchObject({ nameKo: '참여자(실인원)', unit: 'PEOPLE', people: true });
    expect(dict.find((k) => k.code === 'PROGRAMMES_RUN')!.sql).toMatch(/FROM programme p/);
  });

  it('a cached dashboard is dropped at the commit of any record a figure is computed from (here an outcome written elsewhere)', async () => {
    const employed = async () => (await city.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard.figures.find((f) => f.code === 'EMPLOYMENT_OUTCOMES')!.actual;
    const before = await employed();
    expect(await employed()).toBe(before); // served again (from the cache)
    const direct = async () =>
      (
        await q<{ n: number }>(
          `SELECT count(*)::int AS n FROM outcome WHERE kind = 'EMPLOYED' AND occurred_on BETWEEN '2025-01-01' AND '2025-12-31' AND organization_id IN (SELECT organization_id FROM stream_member WHERE stream_id = $1)`,
          [stream],
        )
      )[0]!.n;
    const [person] = await q<{ id: string; organization_id: string }>(
      `SELECT pt.id, pt.organization_id FROM participant pt JOIN stream_member m ON m.organization_id = pt.organization_id WHERE m.stream_id = $1 LIMIT 1`,
      [stream],
    );
    await q(
      `INSERT INTO outcome (participant_id, organization_id, kind, employment_type, occurred_on, source) SELECT $1, $2, 'EMPLOYED', 'FULL_TIME', DATE '2025-11-03', 'VERIFIED' FROM generate_series(1, 6)`,
      [person!.id, person!.organization_id],
    );
    let after = await employed();
    for (let i = 0; i < 20 && after === before; i++) {
      await new Promise((r) => setTimeout(r, 25));
      after = await employed();
    }
    expect(after).toBe(await direct());
    expect(after).toBeGreaterThanOrEqual(6);
  });

  it('role × organization: a member sees its own figures and the stream totals, the lead every member, the ministry every stream; nobody else', async () => {
    await expectAccess(
      t,
      DASHBOARD,
      { kind: 'STREAM', streamId: stream },
      { cityAdmin: 'ok', sahaStaff: 'ok', ministryViewer: 'ok', platformAdmin: 'ok', namStaff: 'FUNDING_STREAM_NOT_FOUND', yeonjeStaff: 'FUNDING_STREAM_NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    );
    await expectAccess(
      t,
      DASHBOARD,
      { kind: 'ORGANIZATION', organizationId: sahaOrg },
      {
        sahaStaff: 'ok',
        cityAdmin: 'ok',
        ministryViewer: 'ok',
        platformAdmin: 'ok',
        namStaff: 'KPI_ORGANIZATION_NOT_FOUND',
        namAdmin: 'KPI_ORGANIZATION_NOT_FOUND',
        yeonjeStaff: 'KPI_ORGANIZATION_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    // A member narrowing the stream to another member: NOT_FOUND; the lead may.
    expect(Client.code(await saha.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, organizationId: await t.orgId('SAMPLE_UNIV_A') }))).toBe('KPI_ORGANIZATION_NOT_FOUND');
    const lead = (await city.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    const member = (await saha.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    expect(lead.breakdowns.map((b) => b.dimension)).toContain('ORGANIZATION');
    expect(member.breakdowns.map((b) => b.dimension)).not.toContain('ORGANIZATION');
    expect(member.suppressed).toBe(true);
    // Saha's own dashboard is not suppressed; the same figures seen by the lead are.
    const own = (await saha.gql(DASHBOARD, { kind: 'ORGANIZATION', year: 2025 })).data!.kpiDashboard;
    const byLead = (await city.gql(DASHBOARD, { kind: 'ORGANIZATION', organizationId: sahaOrg, year: 2025 })).data!.kpiDashboard;
    expect(own).toMatchObject({ suppressed: false, organizationId: sahaOrg });
    expect(byLead.suppressed).toBe(true);
    // The consortium: every stream the caller sees (the ministry: all of them), one row each.
    const consortium = (await ministry.gql(DASHBOARD, { kind: 'CONSORTIUM', year: 2025 })).data!.kpiDashboard;
    expect(consortium.streamFigures.map((s) => s.stream.code).sort()).toEqual((await q<{ code: string }>('SELECT code FROM funding_stream ORDER BY code')).map((r) => r.code));
  });

  it('no displayed cell below 5 people, and no hidden cell recoverable by subtraction from its table', async () => {
    for (const who of [saha, ministry, city]) {
      const d = (await who.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
      for (const b of d.breakdowns) {
        for (const col of ['participants', 'enrolments', 'completions'] as const) {
          const cells = b.rows.map((r) => r[col]);
          for (const c of [...cells, b.total[col]]) if (c !== null) expect(c === 0 || c >= 5).toBe(true);
          const hidden = cells.filter((c) => c === null).length;
          if (b.total[col] !== null && hidden > 0) {
            const rest = b.total[col]! - cells.reduce<number>((a, c) => a + (c ?? 0), 0);
            // At least two hidden cells whose sum leaves each of them more than one possible value.
            expect(hidden).toBeGreaterThanOrEqual(2);
            expect(rest - (hidden - 1)).toBeGreaterThanOrEqual(2);
          }
        }
      }
      for (const f of d.figures)
        if (f.actual !== null && ['PARTICIPANTS', 'COMPLETIONS', 'MENTORS_TRAINED', 'EMPLOYMENT_OUTCOMES'].includes(f.code)) expect(f.actual === 0 || f.actual >= 5).toBe(true);
    }
  });

  it('targets: set by the lead’s admins only (audited), achievement shown; the public page shows commitments and milestones without sign-in', async () => {
    const set = await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: 1000, baseline: 600 } });
    expect(set.data!.setKpiTarget).toMatchObject({ kpiCode: 'PARTICIPANTS', year: 2025, quarter: 0, target: 1000, baseline: 600 });
    const [audit] = await q<{ changes: Row }>("SELECT changes FROM audit_event WHERE action = 'kpi.target.set' ORDER BY occurred_at DESC LIMIT 1");
    expect(audit!.changes).toMatchObject({ target: [1200, 1000], baseline: [800, 600] }); // the demo's commitment, replaced
    await expectAccess(
      t,
      SET_TARGET,
      { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: 5 } },
      { sahaStaff: 'FORBIDDEN', ministryViewer: 'FORBIDDEN', namAdmin: 'FUNDING_STREAM_NOT_FOUND', namStaff: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    );
    expect(Client.code(await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 1999, target: 5 } }))).toBe('VALIDATION_FAILED');
    expect(Client.code(await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: -1 } }))).toBe('VALIDATION_FAILED');
    const d = (await saha.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    const p = d.figures.find((f) => f.code === 'PARTICIPANTS')!;
    expect(p.target).toBe(1000);
    expect(p.achievement).toBe(Math.round((p.actual! / 1000) * 1000) / 10);

    await city.gql(SAVE_MILESTONE, { i: { streamId: stream, titleKo: '상반기 성과 공유회', dueOn: '2025-07-15', doneOn: '2025-07-15' } });
    const pub = async () => {
      const res = await fetch(`${t.url}/public/progress/LALALAND-2025`);
      return { status: res.status, body: (await res.json()) as { commitments: Array<{ code: string; target: number; actual: number | null }>; milestones: Array<{ titleKo: string }> } };
    };
    const first = await pub();
    expect(first.status).toBe(200);
    expect(first.body.commitments.find((c) => c.code === 'PARTICIPANTS')).toMatchObject({ target: 1000, actual: p.actual });
    expect(first.body.milestones.map((m) => m.titleKo)).toContain('상반기 성과 공유회');
    expect(JSON.stringify(first.body)).not.toMatch(/participant_id|phone|birth/i);
    // A changed target shows at once (the cache is dropped at the commit, on every replica).
    await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: 1200 } });
    let again = await pub();
    for (let i = 0; i < 20 && again.body.commitments.find((c) => c.code === 'PARTICIPANTS')!.target !== 1200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      again = await pub();
    }
    expect(again.body.commitments.find((c) => c.code === 'PARTICIPANTS')!.target).toBe(1200);
    expect((await fetch(`${t.url}/public/progress/NOPE`)).status).toBe(404);
    expect((await fetch(`${t.url}/public/progress/${'x'.repeat(300)}`)).status).toBeLessThan(500);
  });

  it('downloads: the dashboard as CSV and XLSX with the same figures, signed in only', async () => {
    const url = `${t.url}/exports/dashboard.csv?kind=STREAM&streamId=${stream}&year=2025`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { cookie: saha.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/LALALAND-2025-2025-kpi\.csv/);
    const csv = await res.text();
    const d = (await saha.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    expect(csv).toContain(`참여자(실인원),명,1200,${d.figures.find((f) => f.code === 'PARTICIPANTS')!.actual}`);
    expect(csv).not.toContain('기관별'); // a member gets no per-organization table
    const xlsx = await fetch(url.replace('.csv', '.xlsx'), { headers: { cookie: city.cookie! } });
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect((await fetch(url.replace('kind=STREAM', 'kind=NOPE'), { headers: { cookie: saha.cookie! } })).status).toBe(400);
    expect((await fetch(`${t.url}/exports/dashboard.csv?kind=STREAM&streamId=${await t.orgId('NAM')}`, { headers: { cookie: saha.cookie! } })).status).toBe(404);
    // Hostile addresses get a clear 4xx, never a 5xx.
    for (const path of [
      `/exports/dashboard.exe?kind=STREAM&streamId=${stream}`,
      `/exports/dashboard.csv?kind=STREAM&streamId=${stream}&year=99999999999`,
      `/exports/dashboard.csv?kind=STREAM&streamId=%00`,
      `/exports/dashboard.csv?kind=STREAM&streamId=${stream}&quarter=9`,
      `/exports/dashboard.csv?kind=STREAM&streamId=${stream}&year=1999`,
      `/exports/dashboard.csv?kind=STREAM&kind=CONSORTIUM`,
      `/public/progress/%F0%9F%98%80${'%00'.repeat(50)}`,
      `/public/progress/LALALAND-2025?year=abc`,
      `/public/progress/LALALAND-2025?year=1800`,
    ]) {
      const res = await fetch(`${t.url}${path}`, { headers: { cookie: saha.cookie! } });
      expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true]);
    }
    expect(Client.code(await saha.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 1_000_000 }))).toBe('VALIDATION_FAILED');
  });
});
