import { Client, TestApp } from './support/app';
import { APPROVE, CREATE_EXP, REJECT, STREAM, UNDO_DECISION, expense, fundingFixture, type FundingFixture } from './support/funding';

describe('expenditure decisions: undo where it is cheap', () => {
  let t: TestApp, city: Client, saha: Client;
  let lalaland: string, lineId: FundingFixture['lineId'];

  beforeAll(async () => {
    ({ t, city, saha, lalaland, lineId } = await fundingFixture());
  });
  afterAll(() => t.close());

  it('the deciding admin can take an approval or a rejection back for ten minutes (submitted again, audited); nobody else, and not later', async () => {
    const line = await lineId(lalaland, 'SAHA', 'MATERIALS', 'DISTRICT');
    const a = (await saha.gql(CREATE_EXP, { i: expense(line, 50_000, { submit: true, description: '되돌릴 지출' }) })).data!
      .createExpenditure;
    await city.gql(APPROVE, { id: a.id });
    const executed = async () =>
      (await saha.gql(STREAM, { id: lalaland })).data!.fundingStream.budgetLines.find((l) => l.id === line)!.executed;
    const approvedSum = await executed();
    const platform = await t.as('admin@lalaland.test');
    const other = await platform.gql(UNDO_DECISION, { id: a.id });
    expect(Client.code(other)).toBe('DECISION_NOT_UNDOABLE');
    expect(other.errors![0]!.message).toBe('결정한 사람이 10분 안에만 되돌릴 수 있습니다. 이 결정은 그대로 유지됩니다.');
    expect(Client.code(await saha.gql(UNDO_DECISION, { id: a.id }))).toBe('FORBIDDEN');
    expect((await city.gql(UNDO_DECISION, { id: a.id })).data!.undoExpenditureDecision).toMatchObject({
      status: 'SUBMITTED',
      rejectReason: null,
    });
    expect(await executed()).toBe(approvedSum - 50_000);
    expect(Client.code(await city.gql(UNDO_DECISION, { id: a.id }))).toBe('DECISION_NOT_UNDOABLE');
    await city.gql(REJECT, { id: a.id, r: '영수증 누락' });
    expect((await city.gql(UNDO_DECISION, { id: a.id })).data!.undoExpenditureDecision).toMatchObject({
      status: 'SUBMITTED',
      rejectReason: null,
    });
    await city.gql(APPROVE, { id: a.id });
    await t.db.query("UPDATE expenditure SET decided_at = now() - interval '11 minutes' WHERE id = $1", [a.id]);
    expect(Client.code(await city.gql(UNDO_DECISION, { id: a.id }))).toBe('DECISION_NOT_UNDOABLE');
    const audit = (await t.db.query('SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id', [
      a.id,
    ])) as Array<{ action: string; changes: unknown }>;
    expect(audit.map((r) => r.action)).toEqual([
      'expenditure.create',
      'expenditure.approve',
      'expenditure.undo_decision',
      'expenditure.reject',
      'expenditure.undo_decision',
      'expenditure.approve',
    ]);
    expect(audit[4]!.changes).toEqual({ status: ['REJECTED', 'SUBMITTED'], rejectReason: ['영수증 누락', null] });
  });
});
