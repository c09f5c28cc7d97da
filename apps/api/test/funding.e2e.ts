import { seoulDate } from '@lalaland/shared';
import ExcelJS from 'exceljs';
import { Client, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import {
  STREAM_ID,
  STREAMS,
  STREAM,
  CREATE_LINE,
  UPDATE_LINE,
  CREATE_EXP,
  SUBMIT,
  APPROVE,
  REJECT,
  EXPENDITURE,
  QUEUE,
  ADD_MEMBER,
  REMOVE_MEMBER,
} from './support/funding';
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

  it('lead admins manage members and lines; the lead cannot be removed, nor a member with a budget', async () => {
    const univ = await t.orgId('SAMPLE_UNIV_B');
    const added = await city.gql(ADD_MEMBER, {
      i: { streamId: lalaland, organizationId: univ, role: 'PARTNER_UNIVERSITY', startsOn: '2025-09-01' },
    });
    expect(added.data!.addStreamMember).toMatchObject({ role: 'PARTNER_UNIVERSITY', organization: { shortCode: 'SAMPLE_UNIV_B' } });
    expect(
      Client.code(await city.gql(ADD_MEMBER, { i: { streamId: lalaland, organizationId: univ, role: 'MEMBER', startsOn: '2025-09-01' } })),
    ).toBe('ALREADY_STREAM_MEMBER');
    expect(
      Client.code(await city.gql(ADD_MEMBER, { i: { streamId: lalaland, organizationId: univ, role: 'LEAD', startsOn: '2025-09-01' } })),
    ).toBe('VALIDATION_FAILED');
    const line = {
      streamId: lalaland,
      organizationId: univ,
      category: 'INSTRUCTOR_FEES' as const,
      source: 'OTHER' as const,
      plannedAmount: 500_000,
    };
    expect((await city.gql(CREATE_LINE, { i: line })).data!.createBudgetLine).toMatchObject({
      plannedAmount: 500_000,
      executed: 0,
      rate: 0,
    });
    expect(Client.code(await city.gql(CREATE_LINE, { i: line }))).toBe('BUDGET_LINE_EXISTS');
    expect(Client.code(await city.gql(CREATE_LINE, { i: { ...line, organizationId: await t.orgId('HAEUNDAE') } }))).toBe(
      'NOT_STREAM_MEMBER',
    );
    expect(Client.code(await city.gql(REMOVE_MEMBER, { id: added.data!.addStreamMember.id }))).toBe('STREAM_MEMBER_HAS_BUDGET');
    const [lead] = (await t.db.query("SELECT id FROM stream_member WHERE stream_id = $1 AND role = 'LEAD'", [lalaland])) as Array<{
      id: string;
    }>;
    expect(Client.code(await city.gql(REMOVE_MEMBER, { id: lead!.id }))).toBe('LEAD_CANNOT_BE_REMOVED');
    // Nam-gu's admin leads its own stream, not LA-LA LAnd: NOT_FOUND there.
    const nam = await t.as('nam.admin@lalaland.test');
    expect(
      Client.code(await nam.gql(ADD_MEMBER, { i: { streamId: lalaland, organizationId: univ, role: 'MEMBER', startsOn: '2025-09-01' } })),
    ).toBe('FUNDING_STREAM_NOT_FOUND');
  });

  it('a rejected expenditure is corrected and resubmitted; drafts are deleted; lines are re-planned; members without a budget leave', async () => {
    const line = await lineId(lalaland, 'SAHA', 'INSTRUCTOR_FEES', 'NATIONAL');
    const exp = (await saha.gql(CREATE_EXP, { i: expense(line, 123_000, { submit: true }) })).data!.createExpenditure;
    await city.gql(REJECT, { id: exp.id, r: '금액 확인 필요' });
    const UPDATE = graphql(`
      mutation TestFundingFixExpenditure($i: UpdateExpenditureInput!) {
        updateExpenditure(input: $i) {
          id
          status
          amount
          rejectReason
        }
      }
    `);
    const fixed = await saha.gql(UPDATE, { i: { id: exp.id, ...expense(line, 120_000, { submit: true }) } });
    expect(fixed.data!.updateExpenditure).toMatchObject({ status: 'SUBMITTED', amount: 120_000 });
    expect(Client.code(await saha.gql(UPDATE, { i: { id: exp.id, ...expense(line, 1) } }))).toBe('EXPENDITURE_NOT_EDITABLE');
    expect(Client.code(await buk.gql(UPDATE, { i: { id: exp.id, ...expense(line, 1) } }))).toBe('EXPENDITURE_NOT_FOUND');

    const draft = (await saha.gql(CREATE_EXP, { i: expense(line, 5_000) })).data!.createExpenditure;
    const DELETE = graphql(`
      mutation TestFundingDeleteExpenditure($id: ID!) {
        deleteExpenditure(id: $id)
      }
    `);
    expect(Client.code(await city.gql(DELETE, { id: draft.id }))).toBe('EXPENDITURE_NOT_FOUND');
    expect((await saha.gql(DELETE, { id: draft.id })).data!.deleteExpenditure).toBe(true);
    expect(Client.code(await saha.gql(EXPENDITURE, { id: draft.id }))).toBe('EXPENDITURE_NOT_FOUND');
    expect(Client.code(await saha.gql(DELETE, { id: exp.id }))).toBe('EXPENDITURE_NOT_EDITABLE');

    expect(
      (await city.gql(UPDATE_LINE, { i: { id: line, plannedAmount: 3_500_000, note: '하반기 증액' } })).data!.updateBudgetLine
        .plannedAmount,
    ).toBe(3_500_000);
    expect(Client.code(await saha.gql(UPDATE_LINE, { i: { id: line, plannedAmount: 9_000_000 } }))).toBe('FORBIDDEN');

    const company = await t.orgId('SAMPLE_CO_B');
    const joined = (
      await city.gql(ADD_MEMBER, {
        i: { streamId: lalaland, organizationId: company, role: 'PARTNER_COMPANY', startsOn: '2025-10-01', endsOn: '2026-02-28' },
      })
    ).data!.addStreamMember;
    expect((await city.gql(REMOVE_MEMBER, { id: joined.id })).data!.removeStreamMember).toBe(true);
    const actions = (
      (await t.db.query(
        "SELECT action FROM audit_event WHERE action LIKE 'funding.member%' OR action LIKE 'expenditure.%' OR action LIKE 'budget.%'",
      )) as Array<{ action: string }>
    ).map((r) => r.action);
    expect(new Set(actions)).toEqual(
      new Set([
        'funding.member_add',
        'funding.member_remove',
        'expenditure.create',
        'expenditure.update',
        'expenditure.submit',
        'expenditure.delete',
        'expenditure.approve',
        'expenditure.reject',
        'budget.line_create',
        'budget.line_update',
      ]),
    );
  });

  it("a member of two streams cannot move an expenditure into the other stream, where the first stream's lead would approve it; nor can the database", async () => {
    // Saha-gu joins Yeonje-gu's stream too, with a line there.
    await t.db.query(
      "INSERT INTO stream_member (stream_id, organization_id, role, starts_on) SELECT $1, id, 'MEMBER', '2025-01-01' FROM organization WHERE short_code = 'SAHA'",
      [yeonjeStream],
    );
    await t.db.query(
      "INSERT INTO budget_line (stream_id, organization_id, category, source, planned_amount) SELECT $1, id, 'INSTRUCTOR_FEES', 'NATIONAL', 1000000 FROM organization WHERE short_code = 'SAHA'",
      [yeonjeStream],
    );
    const here = await lineId(lalaland, 'SAHA', 'INSTRUCTOR_FEES', 'NATIONAL');
    const there = await lineId(yeonjeStream, 'SAHA', 'INSTRUCTOR_FEES', 'NATIONAL');
    const exp = (await saha.gql(CREATE_EXP, { i: expense(here, 50_000) })).data!.createExpenditure;
    const UPDATE = graphql(`
      mutation TestFundingMoveExpenditure($i: UpdateExpenditureInput!) {
        updateExpenditure(input: $i) {
          id
          status
          budgetLine {
            id
          }
        }
      }
    `);
    const moved = await saha.gql(UPDATE, { i: { id: exp.id, ...expense(there, 50_000, { submit: true }) } });
    expect(Client.code(moved)).toBe('EXPENDITURE_LINE_OTHER_STREAM');
    expect(moved.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['budgetLineId']);
    const row = (await t.db.query('SELECT stream_id, budget_line_id, status FROM expenditure WHERE id = $1', [exp.id]))[0];
    expect(row).toEqual({ stream_id: lalaland, budget_line_id: here, status: 'DRAFT' });
    // Bypassing the service: the composite foreign key refuses a line of another stream or organization.
    await expect(t.db.query('UPDATE expenditure SET budget_line_id = $2 WHERE id = $1', [exp.id, there])).rejects.toMatchObject({
      code: '23503',
    });
    const buksLine = await lineId(lalaland, 'BUK', 'INSTRUCTOR_FEES', 'NATIONAL');
    await expect(t.db.query('UPDATE expenditure SET budget_line_id = $2 WHERE id = $1', [exp.id, buksLine])).rejects.toMatchObject({
      code: '23503',
    });
    // Another line of the same stream and organization is still fine.
    const other = await lineId(lalaland, 'SAHA', 'MATERIALS', 'DISTRICT');
    expect((await saha.gql(UPDATE, { i: { id: exp.id, ...expense(other, 50_000) } })).data!.updateExpenditure.budgetLine.id).toBe(other);
  });

  it("the lead's approval queue holds submitted expenditures of its streams only", async () => {
    const q = (await city.gql(QUEUE, {})).data!.approvalQueue;
    expect(q.totalCount).toBeGreaterThan(0);
    expect(q.items.every((e) => e.stream.code === 'LALALAND-2025')).toBe(true);
    expect(Client.code(await saha.gql(QUEUE, {}))).toBe('FORBIDDEN');
    const nam = await t.as('nam.admin@lalaland.test');
    expect((await nam.gql(QUEUE, {})).data!.approvalQueue.items.every((e) => e.stream.code === 'NAM-ONPLUS-2025')).toBe(true);
  });

  it('exports the budget status as an XLSX workbook in Korean with the same totals as the API', async () => {
    const res = await fetch(`${t.url}/exports/funding-streams/${lalaland}/budget.xlsx`, { headers: { cookie: city.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('예산 현황')!;
    const values = (r: ExcelJS.Row) => (r.values as unknown[]).slice(1);
    let totalRow: unknown[] = [];
    sheet.eachRow((r) => {
      if (values(r)[0] === '합계') totalRow = values(r);
    });
    const api = (await city.gql(STREAM, { id: lalaland })).data!.fundingStream.budgetSummary;
    expect(totalRow.slice(3)).toEqual([
      api.total.planned,
      api.total.executed,
      api.total.pending,
      api.total.planned - api.total.executed,
      api.total.rate,
    ]);
    const byCategory = wb.getWorksheet('비목별')!;
    const fees = api.byCategory.find((c) => c.category === 'INSTRUCTOR_FEES');
    let feesRow: unknown[] = [];
    byCategory.eachRow((r) => {
      if (values(r)[0] === '강사비') feesRow = values(r);
    });
    expect(feesRow.slice(1, 3)).toEqual([fees!.planned, fees!.executed]);
    expect(wb.getWorksheet('재원별')).toBeDefined();

    const anon = await fetch(`${t.url}/exports/funding-streams/${lalaland}/budget.xlsx`);
    expect(anon.status).toBe(401);
    const other = await fetch(`${t.url}/exports/funding-streams/${lalaland}/budget.xlsx`, {
      headers: { cookie: yeonje.cookie!, 'accept-language': 'en' },
    });
    expect(other.status).toBe(404);
    expect(((await other.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
      message: 'Funding stream not found.',
      extensions: { code: 'FUNDING_STREAM_NOT_FOUND' },
    });
  });
});
