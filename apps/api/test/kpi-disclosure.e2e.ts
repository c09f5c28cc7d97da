import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { DASHBOARD, SAVE_MILESTONE, SET_TARGET, SET_TARGETS } from './support/kpis';
import { ENROL, REGISTER } from './support/learn';
import { graphql } from './gql';

const PROGRAMME_COUNTS = graphql(`
  query TestProgrammeCounts($id: ID!) {
    programme(id: $id) {
      id
      seatsTaken
      enrolmentCounts {
        enrolled
        completed
      }
    }
  }
`);

type Row = Record<string, unknown>;

describe('kpis: suppression, targets, public progress and downloads', () => {
  let t: TestApp, city: Client, saha: Client, ministry: Client;
  let stream: string;
  const q = <T = Row>(sql: string, params: unknown[] = []) => t.db.query(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [city, saha, ministry] = (await Promise.all(['city.admin', 'saha.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
    ];
    stream = (await q<{ id: string }>("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'"))[0]!.id;
  });
  afterAll(() => t.close());

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
        if (f.actual !== null && ['PARTICIPANTS', 'COMPLETIONS', 'MENTORS_TRAINED', 'EMPLOYMENT_OUTCOMES'].includes(f.code))
          expect(f.actual === 0 || f.actual >= 5).toBe(true);
    }
  });

  it('targets: set by the lead’s admins only (audited), achievement shown; the public page shows commitments and milestones without sign-in', async () => {
    const set = await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: 1000, baseline: 600 } });
    expect(set.data!.setKpiTarget).toMatchObject({ kpiCode: 'PARTICIPANTS', year: 2025, quarter: 0, target: 1000, baseline: 600 });
    const [audit] = await q<{ changes: Row }>(
      "SELECT changes FROM audit_event WHERE action = 'kpi.target.set' ORDER BY occurred_at DESC LIMIT 1",
    );
    expect(audit!.changes).toMatchObject({ target: [1200, 1000], baseline: [800, 600] }); // the demo's commitment, replaced
    await expectAccess(
      t,
      SET_TARGET,
      { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: 5 } },
      {
        sahaStaff: 'FORBIDDEN',
        ministryViewer: 'FORBIDDEN',
        namAdmin: 'FUNDING_STREAM_NOT_FOUND',
        namStaff: 'FORBIDDEN',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    expect(Client.code(await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 1999, target: 5 } }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(Client.code(await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: -1 } }))).toBe(
      'VALIDATION_FAILED',
    );
    // The whole table in one save: a year's and two quarters' targets together; one bad entry saves none of them.
    const audited = () => q<{ n: number }>("SELECT count(*)::int AS n FROM audit_event WHERE action = 'kpi.target.set'");
    const auditedBefore = (await audited())[0]!.n;
    const refused = await city.gql(SET_TARGETS, {
      i: {
        streamId: stream,
        year: 2025,
        entries: [
          { kpiCode: 'COMPLETIONS', quarter: 1, target: 50 },
          { kpiCode: 'COMPLETIONS', quarter: 2, target: -3 },
        ],
      },
    });
    expect(Client.code(refused)).toBe('VALIDATION_FAILED');
    expect((await audited())[0]!.n).toBe(auditedBefore);
    const table = await city.gql(SET_TARGETS, {
      i: {
        streamId: stream,
        year: 2025,
        entries: [
          { kpiCode: 'COMPLETIONS', quarter: 1, target: 50 },
          { kpiCode: 'COMPLETIONS', quarter: 2, target: 120 },
          { kpiCode: 'MENTORS_TRAINED', target: 30, baseline: 10 },
        ],
      },
    });
    expect(table.data!.setKpiTargets.map((x) => [x.kpiCode, x.quarter, x.target])).toEqual([
      ['COMPLETIONS', 1, 50],
      ['COMPLETIONS', 2, 120],
      ['MENTORS_TRAINED', 0, 30],
    ]);
    expect((await audited())[0]!.n).toBe(auditedBefore + 3);
    expect(
      Client.code(await saha.gql(SET_TARGETS, { i: { streamId: stream, year: 2025, entries: [{ kpiCode: 'COMPLETIONS', target: 1 }] } })),
    ).toBe('FORBIDDEN');
    const d = (await saha.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    const p = d.figures.find((f) => f.code === 'PARTICIPANTS')!;
    expect(p.target).toBe(1000);
    expect(p.achievement).toBe(Math.round((p.actual! / 1000) * 1000) / 10);

    await city.gql(SAVE_MILESTONE, { i: { streamId: stream, titleKo: '상반기 성과 공유회', dueOn: '2025-07-15', doneOn: '2025-07-15' } });
    const pub = async () => {
      const res = await fetch(`${t.url}/public/progress/LALALAND-2025`);
      return {
        status: res.status,
        body: (await res.json()) as {
          commitments: Array<{ code: string; target: number; actual: number | null }>;
          milestones: Array<{ titleKo: string }>;
        },
      };
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
    expect(
      (await fetch(`${t.url}/exports/dashboard.csv?kind=STREAM&streamId=${await t.orgId('NAM')}`, { headers: { cookie: saha.cookie! } }))
        .status,
    ).toBe(404);
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

  describe('suppression holds against the second review’s three attacks (hardening 2, item 9)', () => {
    const GANGSEO = '26440';
    let programme: string;
    const registerIn = async (c: Client, name: string) => {
      const r = await c.gql(REGISTER, {
        i: {
          name,
          birthYear: 1960,
          districtCode: GANGSEO,
          consent: { given: true, items: ['NAME', 'BIRTH_YEAR', 'DISTRICT'], retentionUntil: '2030-12-31' },
        },
      });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!.registerParticipant.id;
    };
    const gangseo = async (c: Client) => {
      const d = (await c.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2026 })).data!.kpiDashboard;
      return d.breakdowns.find((b) => b.dimension === 'DISTRICT')!.rows.find((r) => r.key === GANGSEO) ?? null;
    };

    beforeAll(async () => {
      // The city's own class, recruiting, with two learners from Gangseo-gu (people the city holds).
      const [row] = await q<{ id: string }>(
        `INSERT INTO programme (initiative_id, stream_id, title_ko, pillar, domain, host_organization_id, format, capacity, starts_on, status)
         SELECT i.id, i.stream_id, '시청 직영 강좌', 'LEARN', 'VOCATIONAL', o.id, 'OFFLINE', 30, DATE '2025-09-01', 'RECRUITING'
           FROM initiative i, organization o WHERE i.code = 'LALALAND' AND o.short_code = 'BUSAN' RETURNING id`,
      );
      programme = row!.id;
      for (const name of ['강서일', '강서이'])
        expect((await city.gql(ENROL, { p: programme, x: await registerIn(city, name) })).errors).toBeUndefined();
    });

    it('(b) padding: Saha enrols three of its own from the same district; the city’s two stay hidden, to Saha, however many it adds', async () => {
      expect(await gangseo(saha)).toMatchObject({ participants: null, enrolments: null });
      for (const name of ['사하일', '사하이', '사하삼'])
        expect((await saha.gql(ENROL, { p: programme, x: await registerIn(saha, name) })).errors).toBeUndefined();
      // the cell now counts 5, but 2 of them are others': still hidden to Saha
      expect(await gangseo(saha)).toMatchObject({ participants: null, enrolments: null });
      // the ministry holds none of them: 5 people, shown
      expect(await gangseo(ministry)).toMatchObject({ participants: 5, enrolments: 5 });
    });

    it('(a) a rate is hidden with the count it is computed from: no 수료율 beside a hidden 수료', async () => {
      const d = (await ministry.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2026 })).data!.kpiDashboard;
      const fig = (code: string) => d.figures.find((f) => f.code === code)!;
      if (fig('COMPLETIONS').suppressed) expect(fig('COMPLETION_RATE')).toMatchObject({ actual: null, suppressed: true });
      // made so: two completions in 2026 (1–4 people) and a rate that would give them back
      await q(
        `UPDATE enrolment SET status = 'COMPLETED', status_changed_at = now() WHERE programme_id = $1 AND participant_id IN (SELECT id FROM participant WHERE name IN ('강서일', '강서이'))`,
        [programme],
      );
      // (the dashboard cache is dropped when the change's NOTIFY arrives: a moment after the commit)
      let after = (await ministry.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2026 })).data!.kpiDashboard;
      for (let i = 0; i < 40 && after.figures.find((f) => f.code === 'COMPLETIONS')!.actual === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
        after = (await ministry.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2026 })).data!.kpiDashboard;
      }
      const completions = after.figures.find((f) => f.code === 'COMPLETIONS')!;
      const rate = after.figures.find((f) => f.code === 'COMPLETION_RATE')!;
      expect(completions).toMatchObject({ actual: null, suppressed: true });
      expect(rate).toMatchObject({ actual: null, suppressed: true });
    });

    it('(c) a programme’s exact small counts reach only its host and co-hosts; other members and the ministry see them hidden', async () => {
      const counts = async (c: Client) => (await c.gql(PROGRAMME_COUNTS, { id: programme })).data!.programme;
      expect(await counts(city)).toMatchObject({ seatsTaken: 5, enrolmentCounts: { enrolled: 3, completed: 2 } });
      expect(await counts(saha)).toMatchObject({ seatsTaken: 5, enrolmentCounts: { enrolled: null, completed: null } });
      expect(await counts(ministry)).toMatchObject({ seatsTaken: 5, enrolmentCounts: { enrolled: null, completed: null } });
    });
  });
});
