import { Client as PgClient } from 'pg';
import { Client, TestApp, startReplica, startTestApp } from './support/app';
import { ResponseCache } from '../src/core/graphql/response-cache';

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
      i: { initiativeId: initiative!.id, titleKo: '다른 복제본에서 만든 과정', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 10, startsOn: '2030-01-01' },
    });
    expect(made.errors?.[0]?.message).toBeUndefined();
    const fresh = await saha.gql(LIST);
    expect(cached(fresh)).toBe(false);
    expect(fresh.data!.programmes.totalCount).toBe(kept.data!.programmes.totalCount + 1);
    expect(fresh.data!.programmes.items[0].titleKo).toBe('다른 복제본에서 만든 과정');
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
    expect(await count()).toBeGreaterThanOrEqual(before + 2 * r1.data!.participants.items.filter((p: { personal: unknown }) => p.personal).length);
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
});
