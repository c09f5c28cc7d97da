import { Client, TestApp, startTestApp } from './support/app';

/*
 * The one-statement reads (core/graphql/sql-read.ts) against GraphQL's own answer to the same query: a root directive
 * (`@include(if: true)`, which changes nothing in the answer) is something the reads do not follow, so GraphQL
 * executes that form. Every role × organization of the demo asks every shape both ways; the answers must be the same
 * data, keys in the same order.
 */

const WEEK = 'from: "2025-06-09T00:00:00+09:00", to: "2025-06-16T00:00:00+09:00"';
const SHAPES = {
  programmeList:
    '{ programmes(limit: 50) { totalCount items { id titleKo status capacity seatsTaken host { nameKo } sessions { id startsAt endsAt } enrolmentCounts { enrolled waitlisted completed } } } }',
  programmesEveryCount:
    '{ programmes(limit: 100, status: [RECRUITING, RUNNING, COMPLETED, DRAFT, PROPOSED]) { __typename offset limit totalCount items { __typename id titleEn pillar domain startsOn endsOn parentId seatsTaken capacity enrolmentCounts { applied enrolled waitlisted completed notCompleted dropped noShow } } } }',
  programmesFiltered:
    '{ mine: programmes(topLevel: true, search: "디지털", limit: 5, offset: 1) { total: totalCount items { ... on Programme { key: id titleKo } ...Seats } } } fragment Seats on Programme { seatsTaken sessions { title cancelledAt } }',
  programmesPastTheEnd: '{ programmes(offset: 100000, limit: 10) { totalCount offset items { id } } }',
  participants:
    '{ participants(limit: 50) { totalCount items { id pseudonymKey createdAt isSample heldByMe consents { id purpose items givenAt withdrawnAt retentionUntil } } } }',
  participantsPage2: '{ participants(offset: 3, limit: 2) { offset limit totalCount items { pseudonymKey } } }',
  calendar: `{ sessionCalendar(${WEEK}) { id startsAt endsAt cancelledAt programme { id titleKo } venue { id name } } }`,
  calendarMine: `{ sessionCalendar(${WEEK}, mine: true) { __typename id title onlineUrl programme { status titleEn } } }`,
  // the portal's programme list page (apps/web learn/graphql/programmes.ts), its variables inline
  portalProgrammeList:
    '{ programmes(status: [RECRUITING, RUNNING, COMPLETED], offset: 0, limit: 20) { totalCount items { id titleKo titleEn status pillar domain capacity seatsTaken startsOn parentId host { id nameKo nameEn } stream { id nameKo nameEn } enrolmentCounts { enrolled waitlisted completed } sessions { id } } } fundingStreams { id nameKo fiscalYear nameEn } initiatives { id nameKo nameEn streamId } organizations(limit: 100) { items { id nameKo nameEn } } }',
  withVariables:
    'query Page($offset: Int!, $kind: OrganizationKind) { organizations(offset: $offset, limit: 5, kind: $kind) { totalCount items { id kind shortCode } } }',
};
const VARIABLES: Record<string, unknown> = { offset: 1, kind: 'DISTRICT' };

const PEOPLE = [
  'admin@lalaland.test', // platform admin
  'city.admin@lalaland.test', // the stream lead's admin
  'nam.admin@lalaland.test',
  'nam.staff@lalaland.test',
  'yeonje.staff@lalaland.test',
  'saha.staff@lalaland.test',
  'univ.staff@lalaland.test',
  'viewer@lalaland.test', // a ministry: programmes read-only, no participants
];

/** The form GraphQL executes: the first root field gets a directive the reads leave to it. */
const executed = (query: string) => query.replace(/^(query[^{]*)?\{\s*(\w+:\s*)?(\w+)(\([^)]*\))?/, (m) => `${m} @include(if: true)`);

/** Both answers as sent (the SQL read's JSON has PostgreSQL's spacing): parsed, then compared with keys in order. */
async function bothWays(client: Client, url: string, query: string) {
  const ask = async (q: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: client.cookie ?? '' },
      body: JSON.stringify({ query: q, variables: q.startsWith('query') ? VARIABLES : undefined }),
    });
    return { read: res.headers.get('x-lalaland-read'), cache: res.headers.get('x-lalaland-cache'), json: JSON.stringify(await res.json()) };
  };
  return { sql: await ask(query), graphql: await ask(executed(query)) };
}

describe('one-statement reads: the same answers as GraphQL, for every role and organization', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each(PEOPLE)('%s: every shape, both ways, the same data', async (email) => {
    const client = await t.as(email);
    const url = `${t.url}/graphql`;
    for (const [name, query] of Object.entries(SHAPES)) {
      const { sql, graphql } = await bothWays(client, url, query);
      expect({ name, answer: sql.json }).toEqual({ name, answer: graphql.json });
      expect({ name, executedBy: graphql.read }).toEqual({ name, executedBy: null });
      const refused = graphql.json.includes('"errors"');
      // What the caller may read is answered by the statement; a refusal (the ministry's participants) by GraphQL.
      expect({ name, read: sql.read }).toEqual({ name, read: refused ? null : 'sql' });
    }
  });

  it('the answers hold data: the lead sees programmes with hidden small counts; Nam-gu its people with consents', async () => {
    const lead = await t.as('city.admin@lalaland.test');
    const list = await lead.gql(SHAPES.programmesEveryCount);
    const items = list.data!.programmes.items as Array<{ seatsTaken: number | null; enrolmentCounts: Record<string, number | null> }>;
    expect(items.length).toBeGreaterThan(3);
    // 1–4 people at another host are hidden, in the seats and in every count
    expect(items.some((p) => p.seatsTaken === null || Object.values(p.enrolmentCounts).includes(null))).toBe(true);
    const people = await (await t.as('nam.staff@lalaland.test')).gql(SHAPES.participants);
    expect(people.data!.participants.items[0].consents.length).toBeGreaterThan(0);
  });

  it('what a statement does not build goes to GraphQL: personal fields, searches, refused arguments, a window too long', async () => {
    const staff = await t.as('nam.staff@lalaland.test');
    const url = `${t.url}/graphql`;
    const cases = [
      '{ participants(limit: 3) { items { id personal { name } } } }', // each read logged: GraphQL
      '{ participants(search: "P", limit: 3) { items { id } } }', // a phone number is matched by its hash
      '{ programmes(limit: 3) { items { id canRun } } }', // a capability
      '{ programmes(limit: 1000) { totalCount } }', // over the page limit
      '{ sessionCalendar(from: "2025-01-01T00:00:00+09:00", to: "2025-06-01T00:00:00+09:00") { id } }', // over 62 days
      '{ programmes(limit: 3) { totalCount } me { user { email } } }', // a root field without one
      '{ programmes(limit: 3) { totalCount } programmes(limit: 3) { items { id } } }', // one key asked twice: GraphQL merges
    ];
    for (const query of cases) {
      const { sql, graphql } = await bothWays(staff, url, query);
      expect({ query, read: sql.read }).toEqual({ query, read: null });
      expect(sql.json).toEqual(graphql.json);
    }
    const refused = JSON.parse((await bothWays(staff, url, cases[3]!)).sql.json) as { errors: Array<{ extensions: { code: string } }> };
    expect(refused.errors[0]!.extensions.code).toBe('VALIDATION_FAILED');
  });

  it('a signed-out caller gets GraphQL’s refusal, and nothing', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SHAPES.programmeList }),
    });
    const body = (await res.json()) as { data: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(res.headers.get('x-lalaland-read')).toBeNull();
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeNull();
  });

  it('its answers are kept by the response cache and dropped by a write to a table they read', async () => {
    const lead = await t.as('yeonje.admin@lalaland.test');
    const first = await lead.gql(SHAPES.programmeList);
    expect(first.headers.get('x-lalaland-read')).toBe('sql');
    const again = await lead.gql(SHAPES.programmeList);
    expect(again.headers.get('x-lalaland-cache')).toBe('hit');
    const id = first.data!.programmes.items[0].id as string;
    await t.db.query('UPDATE programme SET title_ko = $2 WHERE id = $1', [id, '바뀐 제목']);
    const after = await lead.gql(SHAPES.programmeList);
    expect(after.headers.get('x-lalaland-read')).toBe('sql');
    expect(after.data!.programmes.items[0].titleKo).toBe('바뀐 제목');
  });
});
