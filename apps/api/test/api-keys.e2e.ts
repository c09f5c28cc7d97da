import { createHash } from 'node:crypto';
import { Client, TestApp, startReplica, startTestApp } from './support/app';

const CREATE =
  'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token key { id name prefix permissions status createdByName expiresAt } } }';
const LIST = '{ apiKeys { id name prefix permissions status lastUsedAt } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id status } }';
const PROGRAMMES = '{ programmes(limit: 5) { totalCount items { id host { shortCode } } } }';
const nextYear = () => new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);

/** A machine: no cookie, no preflight header, only the bearer token. */
async function machine(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> };
  return { status: res.status, data: body.data, code: body.errors?.[0]?.extensions.code };
}

describe('API keys: machine credentials of an organization', () => {
  let t: TestApp;
  let namAdmin: Client, namStaff: Client, viewer: Client, city: Client;

  beforeAll(async () => {
    t = await startTestApp();
    [namAdmin, namStaff, viewer, city] = (await Promise.all(
      ['nam.admin@lalaland.test', 'nam.staff@lalaland.test', 'viewer@lalaland.test', 'city.admin@lalaland.test'].map((e) => t.as(e)),
    )) as [Client, Client, Client, Client];
  });
  afterAll(() => t.close());

  const create = (c: Client, permissions: string[], name = '남구 출석 연동', expiresOn = nextYear()) =>
    c.gql(CREATE, { i: { name, permissions, expiresOn } });

  it('role × organization: only an organization’s admins create, list and revoke its keys; another organization’s key is NOT_FOUND', async () => {
    const made = await create(namAdmin, ['programme:read']);
    expect(made.errors).toBeUndefined();
    const id = made.data!.createApiKey.key.id;
    const table = await Promise.all(
      [
        ['ORG_ADMIN', namAdmin],
        ['STAFF', namStaff],
        ['VIEWER (ministry)', viewer],
        ['signed out', t.client()],
      ].map(
        async ([who, c]) =>
          [
            who,
            Client.code(await (c as Client).gql(LIST)) ?? 'OK',
            Client.code(await create(c as Client, ['programme:read'])) ?? 'OK',
          ] as const,
      ),
    );
    expect(table).toEqual([
      ['ORG_ADMIN', 'OK', 'OK'],
      ['STAFF', 'FORBIDDEN', 'FORBIDDEN'],
      ['VIEWER (ministry)', 'FORBIDDEN', 'FORBIDDEN'],
      ['signed out', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ]);
    // the city's admin sees none of Nam-gu's keys, and cannot revoke one
    expect((await city.gql(LIST)).data!.apiKeys.map((k: { id: string }) => k.id)).not.toContain(id);
    expect(Client.code(await city.gql(REVOKE, { id }))).toBe('API_KEY_NOT_FOUND');
    expect(Client.code(await city.gql(REVOKE, { id: 'not-a-uuid' }))).toBe('API_KEY_NOT_FOUND');
  });

  it('shows the token once and keeps only its hash; the list never carries it', async () => {
    const made = await create(namAdmin, ['programme:read', 'kpis:read'], '보고 도구');
    const { token, key } = made.data!.createApiKey;
    expect(token).toMatch(/^lal_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({
      prefix: token.slice(0, 12),
      status: 'ACTIVE',
      createdByName: expect.any(String),
      permissions: ['programme:read', 'kpis:read'],
    });
    const [row] = (await t.db.query('SELECT to_jsonb(k)::text AS json, secret_hash FROM api_key k WHERE id = $1', [key.id])) as Array<{
      json: string;
      secret_hash: string;
    }>;
    expect(row!.secret_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(row!.json).not.toContain(token.slice(12));
    const audit = (await t.db.query("SELECT coalesce(string_agg(changes::text, ' '), '') AS all FROM audit_event")) as Array<{
      all: string;
    }>;
    expect(audit[0]!.all).not.toContain(token.slice(12));
    const listed = JSON.stringify((await namAdmin.gql(LIST)).data);
    expect(listed).not.toContain(token.slice(12));
  });

  it('a key works on /graphql with a bearer header alone, within its organization and permissions; every use is audited', async () => {
    const { token, key } = (await create(namAdmin, ['programme:read'])).data!.createApiKey;
    const list = await machine(t.url, token, PROGRAMMES);
    expect(list.code).toBeUndefined();
    const asStaff = await namStaff.gql(PROGRAMMES);
    expect(list.data.programmes.totalCount).toBe(asStaff.data!.programmes.totalCount); // what the organization sees
    // not given: writing programmes; never grantable: managing keys
    const [initiative] = (await t.db.query("SELECT id FROM initiative WHERE code = 'NAM-ONPLUS'")) as Array<{ id: string }>;
    const write = await machine(t.url, token, 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
      i: {
        initiativeId: initiative?.id ?? '00000000-0000-4000-8000-000000000000',
        titleKo: '키로 만든 과정',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 10,
        startsOn: '2025-10-01',
      },
    });
    expect(write.code).toBe('FORBIDDEN');
    expect((await machine(t.url, token, LIST)).code).toBe('FORBIDDEN');
    expect((await machine(t.url, token, 'mutation { signOut }')).code).toBe('FORBIDDEN');
    // another stream's programme: as for the organization, NOT_FOUND
    const [other] = (await t.db.query(
      `SELECT p.id FROM programme p WHERE p.stream_id NOT IN (SELECT sm.stream_id FROM stream_member sm JOIN organization o ON o.id = sm.organization_id WHERE o.short_code = 'NAM') LIMIT 1`,
    )) as Array<{ id: string }>;
    if (other) expect((await machine(t.url, token, `{ programme(id: "${other.id}") { id } }`)).code).toMatch(/NOT_FOUND/);
    const uses = (await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'api_key.use' AND entity_id = $1", [
      key.id,
    ])) as Array<{ n: number }>;
    expect(uses[0]!.n).toBe(other ? 5 : 4);
  });

  it('cannot be given what keys may not have, nor what its creator lacks; the creator’s role bounds it later too', async () => {
    expect(Client.code(await create(namAdmin, ['member:manage']))).toBe('API_KEY_PERMISSION_NOT_ALLOWED');
    expect(Client.code(await create(namAdmin, ['apikey:manage']))).toBe('API_KEY_PERMISSION_NOT_ALLOWED');
    expect(Client.code(await create(namAdmin, ['admin:playground']))).toBe('API_KEY_PERMISSION_NOT_ALLOWED');
    const { token } = (await create(namAdmin, ['programme:read', 'programme:write'])).data!.createApiKey;
    const writeProbe = 'mutation { createVenue(input: { name: "" }) { id } }';
    const before = await machine(t.url, token, writeProbe);
    expect(before.code).not.toBe('FORBIDDEN'); // allowed to try (and refused for the empty name)
    await t.db.query(
      "UPDATE membership SET role = 'VIEWER' WHERE user_id = (SELECT id FROM app_user WHERE email = 'nam.admin@lalaland.test')",
    );
    try {
      expect((await machine(t.url, token, writeProbe)).code).toBe('FORBIDDEN');
      expect((await machine(t.url, token, PROGRAMMES)).code).toBeUndefined();
    } finally {
      await t.db.query(
        "UPDATE membership SET role = 'ORG_ADMIN' WHERE user_id = (SELECT id FROM app_user WHERE email = 'nam.admin@lalaland.test')",
      );
    }
  });

  it('revoked, expired, unknown or malformed: 401 API_KEY_INVALID on every replica, and a cookie beside it does not help', async () => {
    const replica = await startReplica(t);
    try {
      const { token, key } = (await create(namAdmin, ['programme:read'])).data!.createApiKey;
      expect((await machine(replica.url, token, PROGRAMMES)).code).toBeUndefined();
      expect((await namAdmin.gql(REVOKE, { id: key.id })).data!.revokeApiKey.status).toBe('REVOKED');
      for (const url of [t.url, replica.url])
        expect(await machine(url, token, PROGRAMMES)).toMatchObject({ status: 401, code: 'API_KEY_INVALID' });
      const second = (await create(namAdmin, ['programme:read'])).data!.createApiKey;
      await t.db.query("UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1", [second.key.id]);
      expect((await machine(t.url, second.token, PROGRAMMES)).code).toBe('API_KEY_INVALID');
      expect((await namAdmin.gql(LIST)).data!.apiKeys.find((k: { id: string }) => k.id === second.key.id).status).toBe('EXPIRED');
      expect((await machine(t.url, `lal_${'A'.repeat(43)}`, PROGRAMMES)).code).toBe('API_KEY_INVALID');
      expect((await machine(t.url, '<script>alert(1)</script> x', PROGRAMMES)).code).toBe('API_KEY_INVALID');
      expect((await machine(t.url, 'x'.repeat(5000), PROGRAMMES)).code).toBe('API_KEY_INVALID');
      expect((await machine(t.url, '', PROGRAMMES)).code).toBe('API_KEY_INVALID');
      const both = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: namAdmin.cookie!, authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: PROGRAMMES }),
      });
      expect(both.status).toBe(401);
    } finally {
      await replica.close();
    }
  });

  it('refuses a past or far expiry and a malformed date with clear messages', async () => {
    expect(Client.code(await create(namAdmin, ['programme:read'], 'x', '2020-01-01'))).toBe('API_KEY_EXPIRY_INVALID');
    expect(
      Client.code(await create(namAdmin, ['programme:read'], 'x', new Date(Date.now() + 800 * 86_400_000).toISOString().slice(0, 10))),
    ).toBe('API_KEY_EXPIRY_INVALID');
    expect(Client.code(await create(namAdmin, ['programme:read'], 'x', '2026-02-31'))).toBe('VALIDATION_FAILED');
    expect(Client.code(await create(namAdmin, [], 'x'))).toBe('VALIDATION_FAILED');
  });

  it('is rate-limited per key (429 past the limit), on a server that allows 5 a minute', async () => {
    const limited = await startReplica(t, { API_KEY_REQUESTS_PER_MINUTE: '5' });
    try {
      const { token } = (await create(namAdmin, ['programme:read'], '제한 시험')).data!.createApiKey;
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await machine(limited.url, token, '{ programmes(limit: 1) { totalCount } }')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('a change made with a key is audited with the key', async () => {
    const { token, key } = (await create(namAdmin, ['programme:read', 'programme:write'], '장소 연동')).data!.createApiKey;
    const made = await machine(t.url, token, 'mutation { createVenue(input: { name: "키로 만든 강의실" }) { id } }');
    expect(made.code).toBeUndefined();
    const rows = (await t.db.query("SELECT changes FROM audit_event WHERE entity_id = $1 AND action <> 'api_key.use'", [
      made.data.createVenue.id,
    ])) as Array<{ changes: { apiKey?: string } }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.changes.apiKey).toBe(key.id);
  });
});
