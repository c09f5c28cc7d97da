import { seoulDate } from '@lalaland/shared';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { CREATE_EXP, REMOVE_MEMBER, expense } from './support/funding';
import { SET_TARGET } from './support/kpis';
import { CREATE } from './support/learn';
import { graphql } from './gql';

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
