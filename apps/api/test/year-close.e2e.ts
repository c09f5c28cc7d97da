import { seoulDate } from '@lalaland/shared';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { APPROVE, CREATE_EXP, REMOVE_MEMBER, UPDATE_LINE, expense } from './support/funding';
import { CREATE } from './support/learn';
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

const OPEN_NEXT = graphql(`
  mutation TestOpenNextYear($s: ID!) {
    openNextStreamYear(streamId: $s) {
      id
      fiscalYear
      members {
        id
        role
        awaitsConfirmation
        organization {
          shortCode
        }
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation TestConfirmStreamMember($id: ID!) {
    confirmStreamMember(id: $id) {
      id
      awaitsConfirmation
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

describe('the next year opens from the last: members to confirm, the budget as a draft, targets proposed from actuals, recurring programmes as drafts', () => {
  let t: TestApp, city: Client, saha: Client;
  beforeAll(async () => {
    t = await startTestApp();
    [city, saha] = (await Promise.all(['city.admin', 'saha.staff'].map((u) => t.as(`${u}@lalaland.test`)))) as [Client, Client];
  });
  afterAll(() => t.close());

  it('carries what repeats and asks the lead about the rest', async () => {
    const [latest] = (await t.db.query(
      "SELECT s.id, s.fiscal_year AS year, i.id AS initiative FROM funding_stream s JOIN initiative i ON i.stream_id = s.id WHERE s.code LIKE 'LALALAND-%' ORDER BY s.fiscal_year DESC LIMIT 1",
    )) as Array<{ id: string; year: number; initiative: string }>;
    const y = latest!.year;
    const weekly = await saha.gql(CREATE, {
      i: {
        initiativeId: latest!.initiative,
        titleKo: '해마다 여는 시니어 디지털 교실',
        pillar: 'LEARN',
        domain: 'LITERACY',
        format: 'OFFLINE',
        capacity: 20,
        startsOn: `${y}-04-01`,
        endsOn: `${y}-06-30`,
        recursYearly: true,
      },
    });
    expect(weekly.errors).toBeUndefined();
    await saha.gql(CREATE, {
      i: {
        initiativeId: latest!.initiative,
        titleKo: '올해만 여는 특강',
        pillar: 'LEARN',
        domain: 'CIVIC',
        format: 'OFFLINE',
        capacity: 20,
        startsOn: `${y}-05-01`,
      },
    });
    expect(
      (await city.gql(SET_TARGET, { i: { streamId: latest!.id, kpiCode: 'PARTICIPANTS', year: y, target: 300 } })).errors,
    ).toBeUndefined();

    await expectAccess(t, OPEN_NEXT, { s: latest!.id }, { sahaStaff: 'FORBIDDEN', namAdmin: 'FUNDING_STREAM_NOT_FOUND' });
    const next = (await city.gql(OPEN_NEXT, { s: latest!.id })).data!.openNextStreamYear;
    expect(next.fiscalYear).toBe(y + 1);

    // The recurring programme is a draft of next year for its host, a year later; the one-off is not copied.
    const copies = (await t.db.query(
      "SELECT title_ko, status, starts_on::text AS starts, host_organization_id = (SELECT id FROM organization WHERE short_code = 'SAHA') AS saha FROM programme WHERE stream_id = $1 AND copied_from_id IS NOT NULL",
      [next.id],
    )) as Array<{ title_ko: string; status: string; starts: string; saha: boolean }>;
    expect(copies).toEqual([{ title_ko: '해마다 여는 시니어 디지털 교실', status: 'DRAFT', starts: `${y + 1}-04-01`, saha: true }]);

    // Targets proposed: last year's target, last year's actual as the baseline.
    const [proposed] = (await t.db.query(
      "SELECT target::float AS target, baseline::float AS baseline FROM kpi_target WHERE stream_id = $1 AND kpi_code = 'PARTICIPANTS' AND year = $2",
      [next.id, y + 1],
    )) as Array<{ target: number; baseline: number | null }>;
    expect(proposed!.target).toBe(300);
    expect(proposed!.baseline).not.toBeNull();

    // Members carried: the lead confirmed, the others waiting; a waiting member's lines are drafts nobody spends on.
    const sahaMember = next.members.find((m) => m.organization.shortCode === 'SAHA')!;
    expect(next.members.find((m) => m.role === 'LEAD')!.awaitsConfirmation).toBe(false);
    expect(sahaMember.awaitsConfirmation).toBe(true);
    const [line] = (await t.db.query(
      "SELECT l.id FROM budget_line l JOIN organization o ON o.id = l.organization_id WHERE l.stream_id = $1 AND o.short_code = 'SAHA' LIMIT 1",
      [next.id],
    )) as Array<{ id: string }>;
    const spend = () => saha.gql(CREATE_EXP, { i: expense(line!.id, 10_000, { spentOn: `${y + 1}-03-15` }) });
    expect(Client.code(await spend())).toBe('BUDGET_LINE_DRAFT');
    await expectAccess(t, CONFIRM, { id: sahaMember.id }, { sahaStaff: 'FORBIDDEN', namAdmin: 'STREAM_MEMBER_NOT_FOUND' });
    expect((await city.gql(CONFIRM, { id: sahaMember.id })).data!.confirmStreamMember.awaitsConfirmation).toBe(false);
    expect((await spend()).errors).toBeUndefined();
    // Removing a member still waiting takes its draft lines with it.
    const buk = next.members.find((m) => m.organization.shortCode === 'BUK')!;
    expect((await city.gql(REMOVE_MEMBER, { id: buk.id })).data!.removeStreamMember).toBe(true);
    const bukLines = (await t.db.query(
      "SELECT count(*)::int AS n FROM budget_line l JOIN organization o ON o.id = l.organization_id WHERE l.stream_id = $1 AND o.short_code = 'BUK'",
      [next.id],
    )) as Array<{ n: number }>;
    expect(bukLines[0]!.n).toBe(0);
  });

  it('the demo follows the clock: each organization has a few follow-ups overdue and several due within two weeks, none more than a fortnight late', async () => {
    const spread = (await t.db.query(
      `SELECT o.short_code AS org, count(*) FILTER (WHERE f.due_on < $1::date)::int AS overdue,
              count(*) FILTER (WHERE f.due_on >= $1::date AND f.due_on < $1::date + 14)::int AS soon, min(f.due_on)::text AS earliest
         FROM follow_up f JOIN enrolment e ON e.id = f.enrolment_id JOIN organization o ON o.id = f.organization_id
        WHERE e.is_sample AND f.status = 'PENDING' GROUP BY o.short_code HAVING count(*) >= 9`,
      [seoulDate()],
    )) as Array<{ org: string; overdue: number; soon: number; earliest: string }>;
    expect(spread.map((s) => s.org)).toContain('SAHA');
    for (const s of spread) {
      expect(s).toMatchObject({ overdue: 3, soon: 6 });
      expect(s.earliest >= seoulDate(Date.now() - 14 * 86_400_000)).toBe(true);
    }
  });
});
