import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { Client, startTestApp, TestApp } from './support/app';

/** What a hostile client puts where text goes, where a date goes and where a number goes. */
const TEXT = ['a\u0000b', 'x\ud800y', '   ', 'x'.repeat(20_000), '-2025-01-01', '2025-02-30', "'; DROP TABLE programme; --"];
const INSTANTS = ['-2025-01-01T00:00:00Z', '2025-02-30T10:00:00Z', '9999-12-31T00:00:00Z', 0, '2025-09-01', '\u0000'];
const NUMBERS = [-1, 2_147_483_647, 1e16, 0.5];
/** Mutations that would end the caller's own session: not fuzzed. */
const SKIP = new Set(['signOut', 'signOutEverywhere', 'switchOrganization', 'changePassword']);

type Leaf = { path: string[]; type: GraphQLInputType };

describe('hostile input: every argument of every operation, no answer is a server error', () => {
  let t: TestApp;
  let callers: Client[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    callers = [await t.as('saha.staff@lalaland.test'), await t.as('admin@lalaland.test')];
    const one = async (key: string, sql: string) =>
      (ids[key] = ((await t.db.query(sql)) as Array<{ id: string }>)[0]?.id ?? '00000000-0000-4000-8000-000000000000');
    const saha = "(SELECT id FROM organization WHERE short_code = 'SAHA')";
    await one('programme', `SELECT id FROM programme WHERE host_organization_id = ${saha} ORDER BY created_at LIMIT 1`);
    await one(
      'session',
      `SELECT s.id FROM programme_session s JOIN programme p ON p.id = s.programme_id WHERE p.host_organization_id = ${saha} LIMIT 1`,
    );
    await one('participant', `SELECT id FROM participant WHERE organization_id = ${saha} LIMIT 1`);
    await one(
      'enrolment',
      `SELECT e.id FROM enrolment e JOIN participant x ON x.id = e.participant_id WHERE x.organization_id = ${saha} LIMIT 1`,
    );
    await one('organization', `SELECT id FROM organization WHERE short_code = 'SAHA'`);
    await one('stream', "SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'");
    await one('budgetLine', `SELECT id FROM budget_line WHERE organization_id = ${saha} LIMIT 1`);
    await one('expenditure', `SELECT id FROM expenditure WHERE organization_id = ${saha} LIMIT 1`);
    await one('venue', `SELECT id FROM venue LIMIT 1`);
    await one('instructor', `SELECT id FROM instructor LIMIT 1`);
    await one('initiative', "SELECT id FROM initiative WHERE code = 'LALALAND'");
    await one('membership', `SELECT id FROM membership WHERE organization_id = ${saha} LIMIT 1`);
    await one(
      'consent',
      `SELECT c.id FROM consent c JOIN participant x ON x.id = c.participant_id WHERE x.organization_id = ${saha} LIMIT 1`,
    );
  });
  afterAll(() => t.close(), 60_000);

  /** A real id of the kind an argument names (programmeId → a programme; updateExpenditure's id → an expenditure). */
  const idFor = (field: string, arg: string): string => {
    const named = arg.endsWith('Id')
      ? arg.slice(0, -2)
      : field
          .replace(/^(update|delete|approve|reject|submit|change|revoke|remove|withdraw|give|record|evaluate)/, '')
          .replace(/Status$/, '');
    const key = named.charAt(0).toLowerCase() + named.slice(1);
    return (
      ids[key] ??
      ids[
        { member: 'membership', streamMember: 'stream', completion: 'programme', attendance: 'session', sessionSeries: 'programme' }[key] ??
          ''
      ] ??
      ids.programme!
    );
  };

  /** A valid-looking value of a type, and the leaves (text, instants, numbers) a hostile value can replace. */
  const build = (type: GraphQLInputType, field: string, name: string, path: string[], leaves: Leaf[]): unknown => {
    if (isNonNullType(type)) return build(type.ofType, field, name, path, leaves);
    if (isListType(type)) return [build(type.ofType, field, name, [...path, '0'], leaves)];
    if (isEnumType(type)) return type.getValues()[0]!.value === undefined ? type.getValues()[0]!.name : type.getValues()[0]!.name;
    if (isInputObjectType(type))
      return Object.fromEntries(
        Object.values(type.getFields()).map((f) => [f.name, build(f.type, field, f.name, [...path, f.name], leaves)]),
      );
    leaves.push({ path, type });
    const scalar = getNamedType(type).name;
    if (scalar === 'ID') return idFor(field, name);
    if (scalar === 'Int') return /limit/i.test(name) ? 10 : 1;
    if (scalar === 'Won') return 1000;
    if (scalar === 'Boolean') return false;
    if (scalar === 'DateTime') return '2025-09-01T10:00:00+09:00';
    if (/date|on$|until$/i.test(name)) return '2025-09-01';
    return /email/i.test(name) ? 'fuzz@example.kr' : 'x';
  };

  const setAt = (obj: Record<string, unknown>, path: string[], value: unknown) => {
    const copy = structuredClone(obj);
    let cur: any = copy;
    for (const p of path.slice(0, -1)) cur = cur[p];
    cur[path.at(-1)!] = value;
    return copy;
  };

  it('answers every hostile value in every argument with a typed 4xx or a typed error, never a 5xx', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const requests: Array<{ caller: Client; query: string; variables: Record<string, unknown>; label: string }> = [];
    for (const [kind, root] of [
      ['mutation', schema.getMutationType()!],
      ['query', schema.getQueryType()!],
    ] as Array<[string, GraphQLObjectType]>) {
      for (const field of Object.values(root.getFields()) as Array<GraphQLField<unknown, unknown>>) {
        if (SKIP.has(field.name) || !field.args.length) continue;
        const leaves: Leaf[] = [];
        const base: Record<string, unknown> = {};
        for (const a of field.args) base[a.name] = build(a.type, field.name, a.name, [a.name], leaves);
        const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
        const query = `${kind}(${field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
        for (const leaf of leaves) {
          const scalar = getNamedType(leaf.type);
          const values =
            isScalarType(scalar) && scalar.name === 'DateTime'
              ? INSTANTS
              : isScalarType(scalar) && ['Int', 'Won', 'Float'].includes(scalar.name)
                ? NUMBERS
                : isScalarType(scalar) && scalar.name === 'Boolean'
                  ? []
                  : TEXT;
          for (const value of values)
            for (const caller of callers)
              requests.push({
                caller,
                query,
                variables: setAt(base, leaf.path, value),
                label: `${field.name} ${leaf.path.join('.')} = ${JSON.stringify(value).slice(0, 30)}`,
              });
        }
      }
    }
    expect(requests.length).toBeGreaterThan(500);
    if (process.env.REPORT) console.log(`${requests.length} hostile requests`);
    const failures: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          const res = await r.caller.gql(r.query, r.variables);
          if (res.status >= 500 || res.errors?.some((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR'))
            failures.push(`${res.status} ${r.label}: ${JSON.stringify(res.errors?.[0]?.extensions.code)}`);
        }
      }),
    );
    expect(failures).toEqual([]);
  }, 180_000); // about 2,200 requests: ~10 s alone, several times that on a loaded CI machine

  it('refuses NUL and broken Unicode in text with VALIDATION_FAILED naming the field; blank text counts as missing', async () => {
    const anon = t.client();
    const signIn = await anon.gql('mutation($e: String!) { signIn(input: { email: $e, password: "whatever-1" }) { user { id } } }', {
      e: 'x\ud800y@example.kr',
    });
    expect(signIn.status).toBeLessThan(500);
    expect(Client.code(signIn)).toBe('VALIDATION_FAILED');
    const [saha] = callers as [Client];
    const search = await saha.gql('query($s: String) { participants(search: $s) { totalCount } }', { s: '홍\u0000' });
    expect(Client.code(search)).toBe('VALIDATION_FAILED');
    expect(search.errors![0]!.extensions.fields![0]!.field).toBe('search');
    const blank = await saha.gql('mutation($i: UpdateProgrammeInput!) { updateProgramme(input: $i) { id titleKo } }', {
      i: { id: ids.programme, titleKo: '   ' },
    });
    expect(Client.code(blank)).toBe('VALIDATION_FAILED');
    expect(blank.errors![0]!.extensions.fields!.map((f) => f.field)).toContain('titleKo');
  });

  it('text is bounded where it is declared and refused above the bound, never cut; blank where text is required is refused (hardening 2, item 12)', async () => {
    const city = await t.as('city.admin@lalaland.test');
    const [meeting] = (await t.db.query(
      "SELECT m.id FROM meeting m JOIN organization o ON o.id = m.organization_id WHERE o.short_code = 'BUSAN' LIMIT 1",
    )) as Array<{ id: string }>;
    if (meeting) {
      const blank = await city.gql('mutation($m: ID!, $t: String!) { addMeetingDecision(meetingId: $m, text: $t) { id } }', {
        m: meeting.id,
        t: '   ',
      });
      expect(Client.code(blank)).toBe('VALIDATION_FAILED');
      expect(blank.errors![0]!.extensions.fields![0]).toMatchObject({ field: 'text', problems: ['isNotEmpty'] });
      const long = await city.gql('mutation($m: ID!, $t: String!) { saveMeetingMinutes(meetingId: $m, minutes: $t) { id } }', {
        m: meeting.id,
        t: '회의록'.repeat(10_000),
      });
      expect(Client.code(long)).toBe('VALIDATION_FAILED');
      expect(long.errors![0]!.extensions.fields![0]).toMatchObject({ field: 'minutes', problems: ['maxLength'] });
      expect(long.errors![0]!.extensions.fields![0]).toMatchObject({ en: 'Use at most 10,000 characters.' });
    }
    const [saha] = callers as [Client];
    const reason = await saha.gql('mutation($id: ID!, $r: String) { decideReferral(id: $id, accept: false, reason: $r) { id } }', {
      id: '00000000-0000-4000-8000-000000000000',
      r: 'x'.repeat(501),
    });
    expect(Client.code(reason)).toBe('VALIDATION_FAILED');
    const stored = (await t.db.query(
      'SELECT count(*)::int AS n FROM referral WHERE length(decline_reason) = 500 OR length(outcome) = 500',
    )) as Array<{ n: number }>;
    expect(stored[0]!.n).toBe(0); // nothing was cut to fit
  });

  it('DateTime is strict: numbers, impossible days and far years are refused; a real instant with an offset is kept exactly', async () => {
    const [saha] = callers as [Client];
    const move = 'mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id startsAt endsAt } }';
    for (const startsAt of [0, '2025-02-30T10:00:00Z', '9999-12-31T00:00:00Z', '-2025-01-01T00:00:00Z', '2025-09-01']) {
      const r = await saha.gql(move, { i: { id: ids.session, startsAt } });
      expect({ startsAt, status: r.status, code: Client.code(r) }).toEqual({ startsAt, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    }
    const cal = await saha.gql('{ sessionCalendar(from: "2025-02-30T00:00:00Z", to: "2025-03-10T00:00:00Z") { id } }');
    expect(cal.status).toBe(400);
    const day = await saha.gql('mutation($i: ExpenditureInput!) { createExpenditure(input: $i) { id } }', {
      i: { budgetLineId: ids.budgetLine, amount: 1000, spentOn: '2025-02-30', description: 'x' },
    });
    expect(Client.code(day)).toBe('VALIDATION_FAILED');
    expect(day.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['spentOn']);
  });

  it('hostile bytes in routes and query strings of the file routes answer 4xx', async () => {
    const [saha] = callers as [Client];
    for (const path of [
      '/exports/programmes/%00/roster.xlsx',
      '/exports/programmes/%ED%A0%80/roster.csv',
      `/exports/programmes/${ids.programme}/roster.%00`,
      `/imports/programmes/${ids.programme}/roster?dryRun=true&retentionUntil=2025-02-30`,
    ]) {
      const res = await fetch(`${t.url}${path}`, {
        method: path.startsWith('/imports') ? 'POST' : 'GET',
        headers: { cookie: saha.cookie!, 'content-type': 'text/csv' },
        ...(path.startsWith('/imports') ? { body: '이름\n홍' } : {}),
      });
      expect({ path, status: res.status < 500 && res.status >= 400 }).toEqual({ path, status: true });
    }
  });
});
