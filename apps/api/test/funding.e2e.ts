import { seoulDate } from '@lalaland/shared';
import { Client, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { STREAM_ID, STREAMS, STREAM, CREATE_LINE, UPDATE_LINE, CREATE_EXP, SUBMIT, APPROVE, REJECT, EXPENDITURE } from './support/funding';
import { expense, fundingFixture, type FundingFixture } from './support/funding';
import { graphql } from './gql';

describe('funding streams, budgets and expenditures', () => {
  let t: TestApp, city: Client, saha: Client, buk: Client, ministry: Client, yeonje: Client;
  let lalaland: string, yeonjeStream: string, lineId: FundingFixture['lineId'];

  beforeAll(async () => {
    ({ t, city, saha, buk, ministry, yeonje, lalaland, yeonjeStream, lineId } = await fundingFixture());
  });
  afterAll(() => t.close());

  it('the lead opens the next year from the last: members carried, budget lines as the plan, initiatives copied; once; the lead’s admins only', async () => {
    const [latest] = (await t.db.query(
      "SELECT id, code, fiscal_year FROM funding_stream WHERE code LIKE 'LALALAND-%' ORDER BY fiscal_year DESC LIMIT 1",
    )) as Array<{
      id: string;
      code: string;
      fiscal_year: number;
    }>;
    const OPEN = graphql(`
      mutation TestFundingOpenYear($s: ID!) {
        openNextStreamYear(streamId: $s) {
          id
          code
          fiscalYear
          periodStart
          periodEnd
        }
      }
    `);
    expect(Client.code(await saha.gql(OPEN, { s: latest!.id }))).toBe('FORBIDDEN');
    expect(Client.code(await (await t.as('nam.admin@lalaland.test')).gql(OPEN, { s: latest!.id }))).toBe('FUNDING_STREAM_NOT_FOUND'); // an admin of an organization outside the stream
    const next = (await city.gql(OPEN, { s: latest!.id })).data!.openNextStreamYear;
    const y = latest!.fiscal_year + 1;
    expect(next).toMatchObject({ code: `LALALAND-${y}`, fiscalYear: y, periodStart: `${y}-03-01` });
    const count = async (sql: string, id: string) => ((await t.db.query(sql, [id])) as Array<{ n: number }>)[0]!.n;
    expect(await count('SELECT count(*)::int AS n FROM stream_member WHERE stream_id = $1', next.id)).toBe(
      await count('SELECT count(*)::int AS n FROM stream_member WHERE stream_id = $1', latest!.id),
    );
    expect(await count('SELECT count(*)::int AS n FROM budget_line WHERE stream_id = $1', next.id)).toBe(
      await count('SELECT count(*)::int AS n FROM budget_line WHERE stream_id = $1', latest!.id),
    );
    expect(await count('SELECT count(*)::int AS n FROM expenditure WHERE stream_id = $1', next.id)).toBe(0);
    expect(await t.db.query('SELECT code FROM initiative WHERE stream_id = $1', [next.id])).toEqual([{ code: `LALALAND-${y}` }]);
    expect(Client.code(await city.gql(OPEN, { s: latest!.id }))).toBe('STREAM_YEAR_EXISTS');
  });

  it('seeds the three 2025 streams with their real national amounts, and lists only the streams an organization is in', async () => {
    const all = await ministry.gql(STREAMS, {});
    expect(all.errors).toBeUndefined();
    const of2025 = all.data!.fundingStreams.filter((s) => s.fiscalYear === 2025);
    expect(of2025.map((s) => [s.code, s.nationalAmount, s.recipient.shortCode, s.category.code])).toEqual([
      ['LALALAND-2025', 50_000_000, 'BUSAN', 'INTENSIVE_DISTRICT'],
      ['NAM-ONPLUS-2025', 27_000_000, 'NAM', 'REGION_SPECIFIC'],
      ['YEONJE-IT-DX-2025', 30_000_000, 'YEONJE', 'REGION_SPECIFIC'],
    ]);
    expect(of2025[0]).toMatchObject({
      fiscalYear: 2025,
      memberCount: 15,
      myRole: null,
      canManage: false,
      category: { programme: { code: 'MOE-RLEP-2025', year: 2025 } },
    });
    // The demo follows the clock: every stream has the fiscal year that holds today, opened from the one before.
    const today = seoulDate();
    const current = await t.db.query('SELECT code FROM funding_stream WHERE period_start <= $1 AND period_end >= $1 ORDER BY code', [
      today,
    ]);
    expect((current as Array<{ code: string }>).map((r) => r.code.replace(/-\d{4}$/, ''))).toEqual([
      'LALALAND',
      'NAM-ONPLUS',
      'YEONJE-IT-DX',
    ]);
    const lalalands = (await saha.gql(STREAMS, {})).data!.fundingStreams.map((s) => [s.code, s.myRole, s.canManage]);
    expect(lalalands).toContainEqual(['LALALAND-2025', 'MEMBER', false]);
    expect(lalalands.every(([code]) => String(code).startsWith('LALALAND-'))).toBe(true);
    expect((await city.gql(STREAMS, {})).data!.fundingStreams.map((s) => [s.code, s.myRole, s.canManage])).toContainEqual([
      'LALALAND-2025',
      'LEAD',
      true,
    ]);
    const members = (await saha.gql(STREAM, { id: lalaland })).data!.fundingStream.members;
    expect(members[0]).toEqual({ role: 'LEAD', organization: { shortCode: 'BUSAN' } });
    expect(members.filter((m) => m.role === 'MEMBER')).toHaveLength(11);
    // This year has a class running this week with people in it: attendance to take, mentors to place.
    const [week] = (await t.db.query(
      `SELECT count(DISTINCT s.id)::int AS sessions, (SELECT count(*)::int FROM enrolment e WHERE e.programme_id = p.id AND e.status = 'ENROLLED') AS enrolled
         FROM programme p JOIN programme_session s ON s.programme_id = p.id
        WHERE p.is_sample AND p.status = 'RUNNING' AND s.starts_at BETWEEN now() - interval '7 days' AND now() + interval '7 days' GROUP BY p.id`,
    )) as Array<{ sessions: number; enrolled: number }>;
    expect(week!.sessions).toBeGreaterThanOrEqual(2);
    expect(week!.enrolled).toBeGreaterThanOrEqual(5);
    // Every stream has a demo login who can decide for it: an admin of its lead organization (Yeonje-gu's included).
    for (const email of ['city.admin@lalaland.test', 'nam.admin@lalaland.test', 'yeonje.admin@lalaland.test']) {
      const lead = await t.as(email);
      expect((await lead.gql(STREAMS, {})).data!.fundingStreams.filter((s) => s.myRole === 'LEAD' && s.canManage).length).toBeGreaterThan(
        0,
      );
    }
  });

  it('computes execution per line, source, 비목 and organization from approved expenditures only', async () => {
    const s = (await city.gql(STREAM, { id: lalaland })).data!.fundingStream;
    const personnel = s.budgetLines.find((l) => l.organization.shortCode === 'BWFLE' && l.category === 'PERSONNEL');
    expect(personnel).toMatchObject({ plannedAmount: 12_000_000, executed: 3_000_000, pending: 0, remaining: 9_000_000, rate: 25 });
    expect(s.budgetSummary.total).toEqual({ planned: 51_000_000, executed: 4_200_000, pending: 600_000, rate: 8.2 });
    expect(s.budgetSummary.bySource.map((x) => [x.source, x.planned, x.executed])).toEqual([
      ['NATIONAL', 40_000_000, 4_200_000],
      ['CITY', 10_000_000, 0],
      ['DISTRICT', 1_000_000, 0],
    ]);
    expect(s.budgetSummary.byOrganization.find((o) => o.organization.shortCode === 'BWFLE')).toMatchObject({
      planned: 22_000_000,
      executed: 3_000_000,
      rate: 13.6,
    });
  });

  describe('cross-stream and cross-organization block', () => {
    it('streams: role × organization table (members and the ministry see it; other streams NOT_FOUND)', async () => {
      await expectAccess(
        t,
        STREAM_ID,
        { id: lalaland },
        {
          platformAdmin: 'ok',
          cityAdmin: 'ok',
          sahaStaff: 'ok',
          ministryViewer: 'ok',
          namStaff: 'FUNDING_STREAM_NOT_FOUND',
          yeonjeStaff: 'FUNDING_STREAM_NOT_FOUND',
          anonymous: 'UNAUTHENTICATED',
        },
      );
      await expectAccess(
        t,
        STREAM_ID,
        { id: yeonjeStream },
        {
          yeonjeStaff: 'ok',
          ministryViewer: 'ok',
          platformAdmin: 'ok',
          cityAdmin: 'FUNDING_STREAM_NOT_FOUND',
          sahaStaff: 'FUNDING_STREAM_NOT_FOUND',
        },
      );
    });

    it('a non-member gets NOT_FOUND for the stream, its lines and its expenditures', async () => {
      expect(Client.code(await yeonje.gql(STREAM, { id: lalaland }))).toBe('FUNDING_STREAM_NOT_FOUND');
      const line = await lineId(lalaland, 'SAHA', 'INSTRUCTOR_FEES', 'NATIONAL');
      expect(Client.code(await yeonje.gql(CREATE_EXP, { i: expense(line, 1000) }))).toBe('BUDGET_LINE_NOT_FOUND');
      const exp = (
        (await t.db.query("SELECT id FROM expenditure WHERE stream_id = $1 AND status = 'SUBMITTED'", [lalaland])) as Array<{ id: string }>
      )[0]!.id;
      expect(Client.code(await yeonje.gql(EXPENDITURE, { id: exp }))).toBe('EXPENDITURE_NOT_FOUND');
      expect(Client.code(await city.gql(STREAM, { id: yeonjeStream }))).toBe('FUNDING_STREAM_NOT_FOUND');
      expect(Client.code(await city.gql(STREAM, { id: 'not-a-uuid' }))).toBe('FUNDING_STREAM_NOT_FOUND');
    });

    it("a member sees its own lines and spending only, never another member's drafts; the lead sees submitted ones", async () => {
      const sahaView = (await saha.gql(STREAM, { id: lalaland })).data!.fundingStream;
      expect(new Set(sahaView.budgetLines.map((l) => l.organization.shortCode))).toEqual(new Set(['SAHA']));
      expect(sahaView.budgetSummary.total.planned).toBe(4_000_000);
      const bukLine = await lineId(lalaland, 'BUK', 'INSTRUCTOR_FEES', 'NATIONAL');
      const draft = (await buk.gql(CREATE_EXP, { i: expense(bukLine, 250_000) })).data!.createExpenditure;
      expect(draft).toMatchObject({ status: 'DRAFT', organization: { shortCode: 'BUK' } });
      expect(Client.code(await saha.gql(EXPENDITURE, { id: draft.id }))).toBe('EXPENDITURE_NOT_FOUND');
      expect(Client.code(await city.gql(EXPENDITURE, { id: draft.id }))).toBe('EXPENDITURE_NOT_FOUND');
      const lead = (await city.gql(STREAM, { id: lalaland })).data!.fundingStream.expenditures!.items;
      expect(lead.some((e) => e.id === draft.id)).toBe(false);
      expect(
        (await saha.gql(STREAM, { id: lalaland })).data!.fundingStream.expenditures!.items.every(
          (e) => e.organization.shortCode === 'SAHA',
        ),
      ).toBe(true);
      await buk.gql(SUBMIT, { id: draft.id });
      expect((await city.gql(EXPENDITURE, { id: draft.id })).data!.expenditure.status).toBe('SUBMITTED');
      expect(Client.code(await saha.gql(EXPENDITURE, { id: draft.id }))).toBe('EXPENDITURE_NOT_FOUND');
      // a member cannot spend on another member's line
      expect(Client.code(await saha.gql(CREATE_EXP, { i: expense(bukLine, 1000) }))).toBe('BUDGET_LINE_NOT_FOUND');
    });

    it('a member cannot approve (FORBIDDEN); the ministry sees totals read-only and cannot mutate', async () => {
      const submitted = (
        (await t.db.query("SELECT id FROM expenditure WHERE stream_id = $1 AND status = 'SUBMITTED' ORDER BY created_at LIMIT 1", [
          lalaland,
        ])) as Array<{ id: string }>
      )[0]!.id;
      expect(Client.code(await saha.gql(APPROVE, { id: submitted }))).toBe('FORBIDDEN');
      const m = (await ministry.gql(STREAM, { id: lalaland })).data!.fundingStream;
      expect(m.budgetSummary.total.planned).toBe(51_000_000);
      expect(m.expenditures).toBeNull();
      expect(Client.code(await ministry.gql(APPROVE, { id: submitted }))).toBe('FORBIDDEN');
      const line = await lineId(lalaland, 'SAHA', 'INSTRUCTOR_FEES', 'NATIONAL');
      expect(Client.code(await ministry.gql(CREATE_EXP, { i: expense(line, 1000) }))).toBe('FORBIDDEN');
      expect(
        Client.code(
          await ministry.gql(CREATE_LINE, {
            i: { streamId: lalaland, organizationId: await t.orgId('SAHA'), category: 'OTHER', source: 'OTHER', plannedAmount: 1 },
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('unauthenticated calls get UNAUTHENTICATED', async () => {
      expect(Client.code(await t.client().gql(STREAMS, {}))).toBe('UNAUTHENTICATED');
      expect(Client.code(await t.client().gql(APPROVE, { id: lalaland }))).toBe('UNAUTHENTICATED');
    });
  });

  it('validates expenditures with field messages, the stream period and whole won', async () => {
    const line = await lineId(lalaland, 'SAHA', 'INSTRUCTOR_FEES', 'NATIONAL');
    const zero = await saha.gql(CREATE_EXP, { i: expense(line, 0, { description: '' }) });
    expect(Client.code(zero)).toBe('VALIDATION_FAILED');
    expect(zero.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['amount', 'description']);
    expect(zero.errors![0]!.message).toBe('입력값을 확인하세요.');
    const late = await saha.gql(CREATE_EXP, { i: expense(line, 1000, { spentOn: '2026-03-02' }) });
    expect(Client.code(late)).toBe('EXPENDITURE_OUTSIDE_PERIOD');
    expect(late.errors![0]!.message).toContain('2025-03-01 ~ 2026-02-28');
    const fraction = await saha.gql(CREATE_EXP, { i: expense(line, 10.5) });
    expect(fraction.status).toBe(400);
    expect(Client.code(fraction)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('approves within the line, refuses beyond it with the remaining amount, and a rejection (with a reason) does not count', async () => {
    const line = await lineId(lalaland, 'SAHA', 'MATERIALS', 'DISTRICT'); // planned 1,000,000
    const a = (await saha.gql(CREATE_EXP, { i: expense(line, 700_000, { submit: true }) })).data!.createExpenditure;
    const b = (await saha.gql(CREATE_EXP, { i: expense(line, 400_000, { submit: true }) })).data!.createExpenditure;
    expect((await city.gql(APPROVE, { id: a.id })).data!.approveExpenditure.status).toBe('APPROVED');
    const over = await city.gql(APPROVE, { id: b.id });
    expect(Client.code(over)).toBe('BUDGET_EXCEEDED');
    expect(over.errors![0]!.message).toBe('승인하면 예산을 초과합니다. 남은 예산: ₩300,000');
    expect(Client.code(await city.gql(REJECT, { id: b.id, r: '  ' }))).toBe('REJECT_REASON_REQUIRED');
    expect((await city.gql(REJECT, { id: b.id, r: '증빙 누락' })).data!.rejectExpenditure).toMatchObject({
      status: 'REJECTED',
      rejectReason: '증빙 누락',
    });
    expect(Client.code(await city.gql(APPROVE, { id: b.id }))).toBe('EXPENDITURE_NOT_SUBMITTED');
    const lines = (await saha.gql(STREAM, { id: lalaland })).data!.fundingStream.budgetLines;
    expect(lines.find((l) => l.id === line)).toMatchObject({ executed: 700_000, pending: 0, rate: 70 });
    // The lead cannot lower the plan below what is executed.
    expect(Client.code(await city.gql(UPDATE_LINE, { i: { id: line, plannedAmount: 600_000 } }))).toBe('BUDGET_BELOW_EXECUTED');
    const [audit] = (await t.db.query("SELECT action, changes FROM audit_event WHERE entity_id = $1 AND action = 'expenditure.reject'", [
      b.id,
    ])) as Array<{ action: string; changes: unknown }>;
    expect(audit).toMatchObject({ changes: { status: ['SUBMITTED', 'REJECTED'], rejectReason: [null, '증빙 누락'] } });
    const actions = (await t.db.query(
      "SELECT DISTINCT action FROM audit_event WHERE action IN ('expenditure.submit', 'expenditure.approve')",
    )) as Array<{
      action: string;
    }>;
    expect(actions.map((a) => a.action).sort()).toEqual(['expenditure.approve', 'expenditure.submit']);
  });

  it('concurrent approvals by two admins never take a line over its plan: exactly the ones that fit succeed', async () => {
    const orgId = await t.orgId('SAHA');
    const line = (
      await city.gql(CREATE_LINE, {
        i: { streamId: lalaland, organizationId: orgId, category: 'PROMOTION', source: 'NATIONAL', plannedAmount: 1_000_000 },
      })
    ).data!.createBudgetLine.id;
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push(
        (await saha.gql(CREATE_EXP, { i: expense(line, 300_000, { submit: true, description: `홍보물 ${i}` }) })).data!.createExpenditure
          .id,
      );
    const secondAdmin = await t.as('city.admin@lalaland.test');
    const platform = await t.as('admin@lalaland.test');
    const results = await Promise.all(ids.map((id, i) => [city, secondAdmin, platform][i % 3]!.gql(APPROVE, { id })));
    const codes = results.map((r) => (r.errors ? Client.code(r) : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
    expect(codes.filter((c) => c === 'BUDGET_EXCEEDED')).toHaveLength(27);
    const [row] = (await t.db.query(
      "SELECT SUM(amount)::int AS executed FROM expenditure WHERE budget_line_id = $1 AND status = 'APPROVED'",
      [line],
    )) as Array<{ executed: number }>;
    expect(row!.executed).toBe(900_000);
  });
});
