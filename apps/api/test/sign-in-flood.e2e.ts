import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, SIGN_IN, startTestApp, TestApp } from './support/app';

describe('credential requests are rate-limited per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp([], { CREDENTIAL_REQUESTS_PER_MINUTE: '8' });
  });
  afterAll(() => t.close());

  it('past 8 a minute, sign-in, invitation preview and acceptance answer 429 TOO_MANY_REQUESTS before any password is checked; other requests are not limited', async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 8; i++)
      codes.push(Client.code(await t.client().gql(SIGN_IN, { email: `nobody${i}@example.kr`, password: 'wrong-password-1' })));
    expect(new Set(codes)).toEqual(new Set(['INVALID_CREDENTIALS']));
    const limited = await t.client().gql(SIGN_IN, { email: 'nam.staff@lalaland.test', password: 'lalaland2025' });
    expect(limited.status).toBe(429);
    expect(Client.code(limited)).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const preview = await t.client().gql('{ invitation(token: "abc") { email } }');
    expect(preview.status).toBe(429);
    // Nothing else is limited: the directory still answers, and so does /health.
    expect((await t.client().gql('{ me { user { id } } }')).status).toBe(200);
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    // The window is kept in PostgreSQL (one count for every API replica).
    const [row] = await t.db.query("SELECT hits FROM rate_limit WHERE key LIKE 'credential:%'");
    expect(row.hits).toBeGreaterThanOrEqual(10);
  });
});

describe('whose address a credential request comes from (hardening 2, item 4)', () => {
  const signInFrom = (t: TestApp, forwardedFor: string, email: string, password = 'wrong-password-1') =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
    });

  it('with no proxy configured, X-Forwarded-For is not believed: a rotating header gets no fresh budget', async () => {
    const t = await startTestApp([], { CREDENTIAL_REQUESTS_PER_MINUTE: '8' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await signInFrom(t, `203.0.113.${i}`, `nobody${i}@example.kr`)).status);
      expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    } finally {
      await t.close();
    }
  });

  it('behind a configured proxy each client has its own budget: one address spending its own cannot keep anyone else out', async () => {
    const t = await startTestApp([], { CREDENTIAL_REQUESTS_PER_MINUTE: '8', TRUST_PROXY: '127.0.0.1/8' });
    try {
      for (let i = 0; i < 9; i++) await signInFrom(t, '198.51.100.7', `invented${i}@example.kr`);
      expect((await signInFrom(t, '198.51.100.7', 'city.admin@lalaland.test', 'lalaland2025')).status).toBe(429);
      const owner = await signInFrom(t, '198.51.100.99', 'city.admin@lalaland.test', 'lalaland2025');
      expect(owner.status).toBe(200);
      expect(((await owner.json()) as { errors?: unknown }).errors).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('a stranger guessing at an account never keeps its owner out (hardening 2, item 7)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp([], { LOGIN_FREE_FAILURES: '3', LOGIN_MAX_DELAY_SECONDS: '60' });
  });
  afterAll(() => t.close());

  it('the owner’s browser, known from an earlier sign-in, gets in while 20 parallel guesses hold every other device in the wait', async () => {
    const owner = t.client();
    expect((await owner.gql(SIGN_IN, { email: 'nam.admin@lalaland.test', password: 'lalaland2025' })).errors).toBeUndefined();
    expect(owner.cookie).toMatch(/lalaland_device=/);
    await owner.gql('mutation { signOut }');

    // the attack: 20 parallel wrong guesses, then one more each few seconds while the owner tries
    const guesses = await Promise.all(
      Array.from({ length: 20 }, () => t.client().gql(SIGN_IN, { email: 'nam.admin@lalaland.test', password: 'guess-password-1' })),
    );
    expect(new Set(guesses.map((g) => Client.code(g)))).toEqual(new Set(['INVALID_CREDENTIALS']));
    const stranger = await t.client().gql(SIGN_IN, { email: 'nam.admin@lalaland.test', password: 'lalaland2025' });
    expect(Client.code(stranger)).toBe('INVALID_CREDENTIALS'); // a new device waits like the attacker

    const back = await owner.gql(SIGN_IN, { email: 'nam.admin@lalaland.test', password: 'lalaland2025' });
    expect(back.errors).toBeUndefined();
    expect(back.data!.signIn.user.email).toBe('nam.admin@lalaland.test');
    // the attack's wait keeps running for everyone else
    expect(Client.code(await t.client().gql(SIGN_IN, { email: 'nam.admin@lalaland.test', password: 'lalaland2025' }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('a known device is slowed by its own failures, and its cookie opens no other account', async () => {
    const device = t.client();
    await device.gql(SIGN_IN, { email: 'yeonje.staff@lalaland.test', password: 'lalaland2025' });
    await device.gql('mutation { signOut }');
    for (let i = 0; i < 4; i++)
      expect(Client.code(await device.gql(SIGN_IN, { email: 'yeonje.staff@lalaland.test', password: 'wrong-password-1' }))).toBe(
        'INVALID_CREDENTIALS',
      );
    // inside the device's own wait even the right password is not checked
    expect(Client.code(await device.gql(SIGN_IN, { email: 'yeonje.staff@lalaland.test', password: 'lalaland2025' }))).toBe(
      'INVALID_CREDENTIALS',
    );
    // another browser (not slowed by this device's failures: the account's own count was not touched) gets in
    expect((await t.client().gql(SIGN_IN, { email: 'yeonje.staff@lalaland.test', password: 'lalaland2025' })).errors).toBeUndefined();
    const [row] = (await t.db.query("SELECT failed_login_count AS n FROM app_user WHERE email = 'yeonje.staff@lalaland.test'")) as Array<{
      n: number;
    }>;
    expect(row!.n).toBe(0);
  });
});

describe('a sign-in flood does not starve the portal', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    // A portal build of one page and one 200 KB asset, read from disk on each request (the thread pool argon2 also uses).
    web = mkdtempSync(join(tmpdir(), 'lalaland-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>LA-LA LAnd</title>');
    writeFileSync(join(web, 'assets', 'app.js'), `// ${'x'.repeat(200 * 1024)}`);
    t = await startTestApp([], { WEB_DIST: web });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('while sign-ins are hashed, static files and GraphQL keep answering (how fast: npm run bench -- hostile)', async () => {
    const viewer = await t.as('viewer@lalaland.test');
    let flooding = true;
    const flood = Promise.all(
      Array.from({ length: 60 }, (_, i) => t.client().gql(SIGN_IN, { email: `flood${i}@example.kr`, password: 'wrong-password-1' })),
    ).finally(() => (flooding = false));
    const asset: number[] = [];
    const graphql: number[] = [];
    while (flooding) {
      const res = await fetch(`${t.url}/assets/app.js`);
      await res.arrayBuffer();
      if (flooding) asset.push(res.status);
      const r = await viewer.gql('{ fundingStreams { id code } }');
      if (flooding) graphql.push(r.status);
    }
    const answers = await flood;
    expect(answers.every((r) => r.status < 500)).toBe(true);
    // Hashing holds at most 2 of the pool's 4 threads: files and queries were served during the flood, every one.
    expect(asset.length).toBeGreaterThan(0);
    expect(new Set([...asset, ...graphql])).toEqual(new Set([200]));
  });
});
