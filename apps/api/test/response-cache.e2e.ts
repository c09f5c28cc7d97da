import { Client as PgClient } from 'pg';
import { Client, TestApp, startReplica, startTestApp } from './support/app';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ResponseCache, type Ticket } from '../src/core/graphql/response-cache';

const LIST = '{ programmes(limit: 50) { totalCount items { id titleKo seatsTaken host { nameKo } sessions { id startsAt } } } }';
const PEOPLE = '{ participants(limit: 5) { items { id pseudonymKey personal { name } } } }';
const CONSENTS = '{ participants(limit: 5) { items { id pseudonymKey consents { purpose withdrawnAt } } } }';

const cached = (r: { headers: Headers }) => r.headers.get('x-lalaland-cache') === 'hit';

describe('response cache: kept answers of read-only queries, never stale, never shared across audiences', () => {
  let t: TestApp, replica: TestApp;
  let city: Client, nam: Client;

  beforeAll(async () => {
    t = await startTestApp();
    replica = await startReplica(t);
    city = await t.as('city.admin@lalaland.test');
    nam = await t.as('nam.staff@lalaland.test');
  });
  afterAll(async () => {
    await replica.close();
    await t.close();
  });

  it('every table either signals its changes or is listed as quiet (a new table without the trigger fails here)', async () => {
    expect(await t.app.get(ResponseCache).unsignalledTables()).toEqual([]);
  });

  it('answers the same query from memory the second time, with the same bytes', async () => {
    const first = await city.gql(LIST);
    expect(first.errors).toBeUndefined();
    expect(cached(first)).toBe(false);
    const second = await city.gql(LIST);
    expect(cached(second)).toBe(true);
    expect(second.data).toEqual(first.data);
  });

  it('a write committed anywhere (another connection, another replica) is in the very next answer', async () => {
    await city.gql(LIST);
    const before = await city.gql(LIST);
    expect(cached(before)).toBe(true);
    const target = before.data!.programmes.items[0];

    // a plain SQL write on a connection of its own (another replica, a migration, an operator)
    const other = new PgClient({ connectionString: t.databaseUrl });
    await other.connect();
    await other.query('UPDATE programme SET title_ko = $2 WHERE id = $1', [target.id, '제목이 바뀌었습니다']);
    await other.end();
    const after = await city.gql(LIST);
    expect(cached(after)).toBe(false);
    expect(after.data!.programmes.items.find((p: { id: string }) => p.id === target.id).titleKo).toBe('제목이 바뀌었습니다');

    // the same through the other replica's API: Saha adds a programme there, and its list here shows it at once
    const saha = await t.as('saha.staff@lalaland.test');
    const sahaThere = new Client(replica.url);
    sahaThere.cookie = saha.cookie;
    await saha.gql(LIST);
    const kept = await saha.gql(LIST);
    expect(cached(kept)).toBe(true);
    const [initiative] = (await t.db.query("SELECT id FROM initiative WHERE code = 'LALALAND'")) as Array<{ id: string }>;
    const made = await sahaThere.gql('mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
      i: {
        initiativeId: initiative!.id,
        titleKo: '다른 복제본에서 만든 과정',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 10,
        startsOn: '2025-10-01',
      },
    });
    expect(made.errors?.[0]?.message).toBeUndefined();
    const fresh = await saha.gql(LIST);
    expect(cached(fresh)).toBe(false);
    expect(fresh.data!.programmes.totalCount).toBe(kept.data!.programmes.totalCount + 1);
    expect(fresh.data!.programmes.items.map((p: { titleKo: string }) => p.titleKo)).toContain('다른 복제본에서 만든 과정');
  });

  it('a write drops only the answers that read its table: attendance taken keeps the programme list and the organizations', async () => {
    const ORGS = '{ organizations(limit: 5) { items { id nameKo } } }';
    const PEOPLE_LIST = '{ participants(limit: 5) { items { id consents { purpose } } } }';
    const saha = await t.as('saha.staff@lalaland.test');
    for (const q of [LIST, ORGS, PEOPLE_LIST]) await saha.gql(q);
    for (const q of [LIST, ORGS, PEOPLE_LIST]) expect(cached(await saha.gql(q))).toBe(true);
    const invalidated = t.app.get(ResponseCache).stats().invalidated;

    // a mark taken on a session's sheet (the attendance table only)
    const [mark] = (await t.db.query('SELECT session_id, enrolment_id FROM attendance LIMIT 1')) as Array<Record<string, string>>;
    const other = new PgClient({ connectionString: t.databaseUrl });
    await other.connect();
    await other.query('UPDATE attendance SET minutes = minutes WHERE session_id = $1 AND enrolment_id = $2', [
      mark!.session_id,
      mark!.enrolment_id,
    ]);
    for (const q of [LIST, ORGS, PEOPLE_LIST]) expect(cached(await saha.gql(q))).toBe(true);

    // a programme's title: the list is computed again, the organizations are not
    await other.query("UPDATE programme SET title_ko = title_ko || '' WHERE id = (SELECT id FROM programme LIMIT 1)");
    expect(cached(await saha.gql(LIST))).toBe(false);
    expect(cached(await saha.gql(ORGS))).toBe(true);
    expect(cached(await saha.gql(PEOPLE_LIST))).toBe(true);

    // a table the participants list reads only through its row-security policy (referrals shared with Saha)
    await other.query('UPDATE referral SET updated_at = updated_at WHERE id = (SELECT id FROM referral LIMIT 1)');
    expect(cached(await saha.gql(PEOPLE_LIST))).toBe(false);
    expect(cached(await saha.gql(ORGS))).toBe(true);
    await other.end();
    expect(t.app.get(ResponseCache).stats().invalidated).toBeGreaterThan(invalidated);
  });

  it('identical requests arriving while one is computed wait for it, unless a write was signalled since it began', async () => {
    const cache = t.app.get(ResponseCache);
    const first = cache.lookup('single-flight') as Ticket;
    expect(first.ticket).toEqual(expect.any(Number));
    const second = cache.lookup('single-flight') as { shared: Promise<Buffer | null> };
    expect(second.shared).toBeInstanceOf(Promise);
    cache.finish('single-flight', first, '{"data":{"x":1}}');
    expect((await second.shared)?.toString()).toBe('{"data":{"x":1}}');
    expect('body' in cache.lookup('single-flight')).toBe(true);

    // a computation that began before a write: later requests compute their own
    const before = cache.lookup('single-flight-2') as Ticket;
    cache.changed('venue');
    const after = cache.lookup('single-flight-2');
    expect('ticket' in after).toBe(true);
    // not shareable (personal data, errors): those waiting compute it themselves
    const third = cache.lookup('single-flight-2');
    cache.finish('single-flight-2', after as Ticket, null);
    expect(await (third as { shared: Promise<Buffer | null> }).shared).toBeNull();
    cache.finish('single-flight-2', before, null);
  });

  it('is kept per audience: another organization never receives the first one’s answer', async () => {
    const a = await city.gql(LIST);
    const b1 = await nam.gql(LIST);
    const b2 = await nam.gql(LIST);
    expect(cached(b1)).toBe(false);
    expect(cached(b2)).toBe(true);
    expect(b2.data).toEqual(b1.data);
    expect(b1.data!.programmes.totalCount).not.toBe(a.data!.programmes.totalCount);
  });

  it('never keeps personal data: each read is computed and logged', async () => {
    const count = async () => Number(((await t.db.query('SELECT count(*) AS n FROM personal_data_access')) as Array<{ n: string }>)[0]!.n);
    const before = await count();
    const r1 = await nam.gql(PEOPLE);
    const r2 = await nam.gql(PEOPLE);
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.participants.items.some((p: { personal: { name?: string } | null }) => p.personal?.name)).toBe(true);
    expect(cached(r2)).toBe(false);
    expect(await count()).toBeGreaterThanOrEqual(
      before + 2 * r1.data!.participants.items.filter((p: { personal: unknown }) => p.personal).length,
    );
    // without personal fields (consent state only), the same list is kept
    await nam.gql(CONSENTS);
    expect(cached(await nam.gql(CONSENTS))).toBe(true);
  });

  it('keeps no errors, no mutations, nobody signed out; a signed-out session is refused at once', async () => {
    const bad = '{ programme(id: "00000000-0000-4000-8000-000000000000") { id } }';
    await city.gql(bad);
    const again = await city.gql(bad);
    expect(cached(again)).toBe(false);
    const anonymous = t.client();
    await anonymous.gql(LIST);
    const refused = await anonymous.gql(LIST);
    expect(cached(refused)).toBe(false);
    expect(Client.code(refused)).toBe('UNAUTHENTICATED');

    const leaving = await t.as('city.admin@lalaland.test');
    await leaving.gql(LIST);
    expect(cached(await leaving.gql(LIST))).toBe(true);
    const cookie = leaving.cookie;
    await leaving.gql('mutation { signOut }');
    const stale = new Client(t.url);
    stale.cookie = cookie;
    const after = await stale.gql(LIST);
    expect(cached(after)).toBe(false);
    expect(Client.code(after)).toBe('SESSION_EXPIRED');
  });

  it('a member removed from the organization loses the kept answers at once', async () => {
    const staff = await t.as('nam.staff@lalaland.test');
    await staff.gql(LIST);
    expect(cached(await staff.gql(LIST))).toBe(true);
    await t.db.query("DELETE FROM membership WHERE user_id = (SELECT id FROM app_user WHERE email = 'nam.staff@lalaland.test')");
    const after = await staff.gql(LIST);
    expect(cached(after)).toBe(false);
    expect(after.data?.programmes ?? null).toBeNull();
  });

  describe('bounded whatever a caller sends (hardening 2, items 1 and 2)', () => {
    const ORGS = 'query Orgs($limit: Int) { organizations(limit: $limit) { items { id } } }';
    const stats = () => t.app.get(ResponseCache).stats();

    it('a variable the query does not declare makes no new entry: the answer is computed, right, and not kept', async () => {
      const viewer = await t.as('viewer@lalaland.test');
      await viewer.gql(ORGS, { limit: 1 });
      const before = stats().entries;
      for (let k = 0; k < 40; k++) {
        const r = await viewer.gql(ORGS, { limit: 1, p: 'x'.repeat(20_000 - k) });
        expect(r.errors).toBeUndefined();
        expect(r.data!.organizations.items).toHaveLength(1);
        expect(cached(r)).toBe(false);
      }
      expect(stats().entries).toBe(before);
      expect(stats().refused).toBeGreaterThanOrEqual(40);
      // the declared variable alone is still served from memory
      expect(cached(await viewer.gql(ORGS, { limit: 1 }))).toBe(true);
    });

    it('declared variables over 4 KB are computed, not kept; an omitted variable and an explicit null are two keys', async () => {
      const cache = t.app.get(ResponseCache);
      const SEARCH = 'query Find($q: String) { organizations(search: $q, limit: 1) { totalCount } }';
      const plan = cache.plan(t.app.get(GraphQLSchemaHost).schema, SEARCH, undefined);
      expect(plan).toEqual({ cacheable: true, variables: ['q'], kind: 'query', rootFields: ['organizations'] });
      expect(cache.keyOf('audience', plan, undefined, { q: '가'.repeat(4_100) }, SEARCH)).toBeNull();
      const omitted = cache.keyOf('audience', plan, undefined, {}, SEARCH);
      const explicitNull = cache.keyOf('audience', plan, undefined, { q: null }, SEARCH);
      expect(omitted).toHaveLength(44);
      expect(explicitNull).not.toBe(omitted);
      expect(cache.keyOf('another audience', plan, undefined, {}, SEARCH)).not.toBe(omitted);
    });

    it('keeps at most 5,000 answers, dropping the least recently used; a query text over 16,000 characters is refused', async () => {
      const cache = t.app.get(ResponseCache);
      const { ticket, log } = cache.lookup('probe') as Ticket;
      const hot = 'hot-key';
      cache.keep(hot, ticket, log, '{"data":{}}');
      for (let i = 0; i < 6_000; i++) {
        cache.keep(`k${i}`, ticket, log, '{"data":{}}');
        if (i % 1000 === 0) expect('body' in cache.lookup(hot)).toBe(true);
      }
      expect(cache.stats().entries).toBe(5_000);
      expect('body' in cache.lookup(hot)).toBe(true);
      expect('body' in cache.lookup('k0')).toBe(false);
      expect(cache.stats().evictions).toBeGreaterThanOrEqual(1_000);

      const tooLong = await city.gql(`{ organizations(limit: 1) { items { id } } } # ${'주석'.repeat(8_000)}`);
      expect(tooLong.status).toBe(400);
      expect(Client.code(tooLong)).toBe('QUERY_TOO_LONG');
    });
  });
});
