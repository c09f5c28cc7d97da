import ExcelJS from 'exceljs';
import { Client, TestApp } from './support/app';
import { STREAM, CREATE_LINE, UPDATE_LINE, CREATE_EXP, REJECT, EXPENDITURE, QUEUE, ADD_MEMBER, REMOVE_MEMBER } from './support/funding';
import { expense, fundingFixture, type FundingFixture } from './support/funding';
import { graphql } from './gql';

describe('funding: members, lines, corrections, approval queue and export', () => {
  let t: TestApp, city: Client, saha: Client, buk: Client, yeonje: Client;
  let lalaland: string, yeonjeStream: string, lineId: FundingFixture['lineId'];

  beforeAll(async () => {
    ({ t, city, saha, buk, yeonje, lalaland, yeonjeStream, lineId } = await fundingFixture());
  });
  afterAll(() => t.close());

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
    // every change of this file's stories is audited (submission and approval: funding.e2e.ts)
    expect(new Set(actions)).toEqual(
      new Set([
        'funding.member_add',
        'funding.member_remove',
        'expenditure.create',
        'expenditure.update',
        'expenditure.delete',
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
