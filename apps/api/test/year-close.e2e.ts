import { OutboxWorker } from '../src/core/events/outbox.worker';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { APPROVE, CREATE_EXP, UPDATE_LINE, expense } from './support/funding';
import { REQUEST_REPORT, SET_TARGET } from './support/kpis';
import { graphql } from './gql';

const DRAFT = graphql(`
  query TestSettlementDraft($s: ID!) {
    settlementDraft(streamId: $s) {
      source
      planned
      executed
    }
  }
`);
const CLOSE = graphql(`
  mutation TestCloseStreamYear($i: CloseStreamYearInput!) {
    closeStreamYear(input: $i) {
      id
      closing {
        closedAt
        closedBy
      }
    }
  }
`);
const CLOSING = graphql(`
  query TestStreamClosing($s: ID!) {
    fundingStream(id: $s) {
      closing {
        closedBy
        note
        budget {
          category
          source
          planned
          executed
        }
        settlement {
          source
          planned
          executed
          returned
          carriedOver
          reason
        }
        corrections {
          entityType
          reason
          by
        }
      }
    }
    frozenKpis(streamId: $s) {
      code
      actual
      target
    }
  }
`);

describe('a year closes: settlement recorded, figures frozen, the report kept, the year read-only except corrections with a reason', () => {
  let t: TestApp, city: Client, saha: Client;
  let stream: string, thisYear: string;
  const drain = async () => {
    while ((await t.app.get(OutboxWorker).drain()) > 0);
  };
  const settle = async (s: string, carry = 0) =>
    ((await city.gql(DRAFT, { s })).data!.settlementDraft as Array<{ source: string; planned: number; executed: number }>).map((d) => ({
      source: d.source as never,
      returned: d.planned - d.executed - carry,
      carriedOver: carry,
      reason: d.planned > d.executed ? '미집행 잔액 반납' : null,
    }));
  const closings = async () => Number((await t.db.query('SELECT count(*)::int AS n FROM stream_closing'))[0].n);

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [city, saha] = (await Promise.all(['city.admin', 'saha.staff'].map((u) => t.as(`${u}@lalaland.test`)))) as [Client, Client];
    const ids = (await t.db.query("SELECT code, id FROM funding_stream WHERE code LIKE 'LALALAND-%' ORDER BY fiscal_year")) as Array<{
      code: string;
      id: string;
    }>;
    stream = ids.find((s) => s.code === 'LALALAND-2025')!.id;
    thisYear = ids[ids.length - 1]!.id;
  });
  afterAll(() => t.close());

  it('who may close and see it: the lead’s admins close; members and the ministry see the closing; others get NOT_FOUND', async () => {
    await expectAccess(
      t,
      CLOSE,
      { i: { streamId: stream, settlement: [] } },
      {
        sahaStaff: 'FORBIDDEN',
        namAdmin: 'FUNDING_STREAM_NOT_FOUND',
        ministryViewer: 'FORBIDDEN',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    await expectAccess(
      t,
      DRAFT,
      { s: stream },
      {
        cityAdmin: 'ok',
        sahaStaff: 'FORBIDDEN',
        namAdmin: 'FUNDING_STREAM_NOT_FOUND',
        ministryViewer: 'FORBIDDEN',
      },
    );
    // The year still running cannot be closed.
    expect(Client.code(await city.gql(CLOSE, { i: { streamId: thisYear, settlement: [] } }))).toBe('STREAM_YEAR_NOT_ENDED');
  });

  it('refuses a close with undecided spending, an unbalanced settlement or no result report, storing nothing; then closes', async () => {
    // Saha's submitted expenditure of the demo awaits the lead's decision.
    expect(Client.code(await city.gql(CLOSE, { i: { streamId: stream, settlement: await settle(stream) } }))).toBe(
      'STREAM_YEAR_HAS_PENDING',
    );
    const [pending] = (await t.db.query("SELECT id FROM expenditure WHERE stream_id = $1 AND status = 'SUBMITTED'", [stream])) as Array<{
      id: string;
    }>;
    await city.gql(APPROVE, { id: pending!.id });
    const unbalanced = (await settle(stream)).map((s) => ({ ...s, returned: s.returned + 1 }));
    const mismatch = await city.gql(CLOSE, { i: { streamId: stream, settlement: unbalanced } });
    expect(Client.code(mismatch)).toBe('SETTLEMENT_MISMATCH');
    expect(mismatch.errors![0]!.message).toMatch(/반납액과 이월액의 합이 남은 금액\(₩[\d,]+\)과 같아야 합니다/);
    const noReason = (await settle(stream)).map((s) => ({ ...s, reason: null }));
    expect(Client.code(await city.gql(CLOSE, { i: { streamId: stream, settlement: noReason } }))).toBe('VALIDATION_FAILED');
    // No result report yet: the report module refuses, and the whole close rolls back (no closing, no audit row).
    expect(Client.code(await city.gql(CLOSE, { i: { streamId: stream, settlement: await settle(stream) } }))).toBe(
      'REPORT_REQUIRED_TO_CLOSE',
    );
    expect(await closings()).toBe(0);
    expect(Number((await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'funding.year_close'"))[0].n)).toBe(0);

    const run = (await city.gql(REQUEST_REPORT, { i: { streamId: stream, year: 2025, kind: 'RESULT', narrative: '한 해의 결과' } })).data!
      .requestReport;
    await drain();
    const closed = await city.gql(CLOSE, { i: { streamId: stream, settlement: await settle(stream, 1000), note: '2025년 정산 완료' } });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeStreamYear.closing).toMatchObject({ closedBy: '김부산' });
    expect(Client.code(await city.gql(CLOSE, { i: { streamId: stream, settlement: await settle(stream) } }))).toBe('STREAM_YEAR_CLOSED');

    // What was frozen: budget execution by 비목 and source, the settlement, the KPI figures; the report kept as submitted.
    const { fundingStream, frozenKpis } = (await saha.gql(CLOSING, { s: stream })).data!;
    const c = fundingStream.closing!;
    expect(c.note).toBe('2025년 정산 완료');
    expect(c.budget.length).toBeGreaterThan(2);
    for (const s of c.settlement) expect(s.executed + s.returned + s.carriedOver).toBe(s.planned);
    expect(c.settlement.find((s) => s.carriedOver === 1000)).toBeTruthy();
    expect(frozenKpis.find((k) => k.code === 'PARTICIPANTS')!.actual).toBeGreaterThan(0);
    const [kept] = (await t.db.query('SELECT kept_at FROM report_run WHERE id = $1', [run.id])) as Array<{ kept_at: Date | null }>;
    expect(kept!.kept_at).not.toBeNull();
  });

  it('the closed year is read-only: lines, spending, targets and new result reports are refused; a correction with its reason passes and is listed and audited', async () => {
    const [line] = (await t.db.query(
      "SELECT l.id, l.planned_amount AS planned FROM budget_line l JOIN organization o ON o.id = l.organization_id WHERE l.stream_id = $1 AND o.short_code = 'SAHA' ORDER BY l.category LIMIT 1",
      [stream],
    )) as Array<{ id: string; planned: string }>;
    const planned = Number(line!.planned);
    expect(Client.code(await city.gql(UPDATE_LINE, { i: { id: line!.id, plannedAmount: planned + 10_000 } }))).toBe('STREAM_YEAR_CLOSED');
    expect(Client.code(await saha.gql(CREATE_EXP, { i: expense(line!.id, 10_000) }))).toBe('STREAM_YEAR_CLOSED');
    expect(Client.code(await city.gql(SET_TARGET, { i: { streamId: stream, kpiCode: 'PARTICIPANTS', year: 2025, target: 999 } }))).toBe(
      'STREAM_YEAR_CLOSED',
    );
    expect(Client.code(await city.gql(REQUEST_REPORT, { i: { streamId: stream, year: 2025, kind: 'RESULT' } }))).toBe('STREAM_YEAR_CLOSED');
    expect(Number((await t.db.query('SELECT planned_amount FROM budget_line WHERE id = $1', [line!.id]))[0].planned_amount)).toBe(planned);

    const corrected = await city.gql(UPDATE_LINE, {
      i: { id: line!.id, plannedAmount: planned + 10_000, correctionReason: '교부 결정 변경 공문 반영 (2026-03-10)' },
    });
    expect(corrected.data!.updateBudgetLine.plannedAmount).toBe(planned + 10_000);
    const c = (await saha.gql(CLOSING, { s: stream })).data!.fundingStream.closing!;
    expect(c.corrections).toEqual([{ entityType: 'budget_line', reason: '교부 결정 변경 공문 반영 (2026-03-10)', by: '김부산' }]);
    const [audit] = (await t.db.query("SELECT changes FROM audit_event WHERE action = 'budget.line_correct' AND entity_id = $1", [
      line!.id,
    ])) as Array<{
      changes: Record<string, unknown>;
    }>;
    expect(audit!.changes).toMatchObject({ reason: [null, '교부 결정 변경 공문 반영 (2026-03-10)'] });
    // The frozen budget stays what it was when the year closed.
    expect(c.budget).toEqual((await saha.gql(CLOSING, { s: stream })).data!.fundingStream.closing!.budget);
    // Who sees the closing: every member and the ministry; an organization outside the stream gets NOT_FOUND.
    await expectAccess(
      t,
      CLOSING,
      { s: stream },
      {
        sahaStaff: 'ok',
        ministryViewer: 'ok',
        namAdmin: 'FUNDING_STREAM_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    // The next year is untouched by the closing of this one.
    expect(
      Client.code(await city.gql(SET_TARGET, { i: { streamId: thisYear, kpiCode: 'PARTICIPANTS', year: 2026, target: 500 } })),
    ).toBeUndefined();
  });
});
