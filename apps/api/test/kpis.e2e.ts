import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { DASHBOARD, DICTIONARY } from './support/kpis';

type Row = Record<string, unknown>;

describe('kpis: figures from records, roll-ups equal to a recount, dashboards by access, targets, suppression, public progress', () => {
  let t: TestApp, city: Client, saha: Client, ministry: Client;
  let stream: string, sahaOrg: string;
  const q = <T = Row>(sql: string, params: unknown[] = []) => t.db.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [city, saha, ministry] = (await Promise.all(['city.admin', 'saha.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
    ];
    stream = (await q<{ id: string }>("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'"))[0]!.id;
    sahaOrg = await t.orgId('SAHA');
  });
  afterAll(() => t.close());

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
    expect({
      people: fig('PARTICIPANTS'),
      enrolments: fig('ENROLMENTS'),
      completions: fig('COMPLETIONS'),
      hours: fig('LEARNING_HOURS'),
      programmes: fig('PROGRAMMES_RUN'),
    }).toEqual(direct);
    // Each breakdown adds up to the same total (unique people too: each is counted with one first participation).
    for (const b of d.breakdowns) expect(b.total.participants).toBe(direct!.people);
    const dict = (await saha.gql(DICTIONARY, {})).data!.kpiDictionary;
    expect(dict.length).toBeGreaterThanOrEqual(18);
    expect(dict.find((k) => k.code === 'PARTICIPANTS')).toMatchObject({ nameKo: '참여자(실인원)', unit: 'PEOPLE', people: true });
    expect(dict.find((k) => k.code === 'PROGRAMMES_RUN')!.sql).toMatch(/FROM programme p/);
  });

  it('a cached dashboard is dropped at the commit of any record a figure is computed from (here an outcome written elsewhere)', async () => {
    const employed = async () =>
      (await city.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard.figures.find(
        (f) => f.code === 'EMPLOYMENT_OUTCOMES',
      )!.actual;
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
      {
        cityAdmin: 'ok',
        sahaStaff: 'ok',
        ministryViewer: 'ok',
        platformAdmin: 'ok',
        namStaff: 'FUNDING_STREAM_NOT_FOUND',
        yeonjeStaff: 'FUNDING_STREAM_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
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
    expect(
      Client.code(await saha.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, organizationId: await t.orgId('SAMPLE_UNIV_A') })),
    ).toBe('KPI_ORGANIZATION_NOT_FOUND');
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
    expect(consortium.streamFigures.map((s) => s.stream.code).sort()).toEqual(
      (await q<{ code: string }>('SELECT code FROM funding_stream ORDER BY code')).map((r) => r.code),
    );
  });
});
