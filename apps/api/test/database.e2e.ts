import { Client as PgClient } from 'pg';
import { Client, startTestApp, TestApp } from './support/app';
import { ensureLoginRole, grantAppRole } from '../src/core/database/app-role';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/core/config';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TEST_PII_KEY } from './support/db';

describe("the database: outage, timeouts, the API's role", () => {
  let t: TestApp;
  let admin: PgClient;
  let name: string;
  beforeAll(async () => {
    t = await startTestApp();
    const url = new URL(t.databaseUrl);
    name = url.pathname.slice(1);
    url.pathname = '/postgres';
    admin = new PgClient({ connectionString: url.toString() });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin.end();
    await t.close();
  });

  it('answers 503 SERVICE_UNAVAILABLE in the GraphQL shape, with no address or driver detail, and recovers when the database is back', async () => {
    const viewer = await t.as('viewer@lalaland.test');
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    for (const ask of [
      () => viewer.gql('{ me { user { email } } }'),
      () => viewer.gql('{ fundingStreams { id } }'),
      () => t.client().gql('mutation { signIn(input: { email: "a@b.kr", password: "whatever-1" }) { user { id } } }'),
    ]) {
      const r = await ask();
      expect({ status: r.status, code: Client.code(r) }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      const body = JSON.stringify(r.errors);
      expect(body).not.toMatch(/127\.0\.0\.1|ECONN|postgres|database "|:\d{4,5}/i);
      expect(r.errors![0]!.message).toBe('서비스를 잠시 사용할 수 없습니다. 잠시 후 다시 시도하세요.');
    }
    expect((await fetch(`${t.url}/health`)).status).toBe(503);
    await admin.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
    const back = await viewer.gql('{ me { user { email } } }');
    expect(back.data!.me.user.email).toBe('viewer@lalaland.test');
  });

  it("bounds every statement (15 s) and every idle transaction (60 s) on the app's connections", async () => {
    expect(await t.db.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '15s' }]);
    expect(await t.db.query('SHOW idle_in_transaction_session_timeout')).toEqual([{ idle_in_transaction_session_timeout: '1min' }]);
  });

  it('the API runs as a role that is no superuser and owns nothing, with the rows it needs (sign-in, a programme, an enrolment through the tally trigger)', async () => {
    await ensureLoginRole((sql) => admin.query(sql), 'lalaland_app_test', 'apptest123');
    await grantAppRole(t.db, 'lalaland_app_test');
    const url = new URL(t.databaseUrl);
    url.username = 'lalaland_app_test';
    url.password = 'apptest123';
    const app = await createApp({
      ...loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent', PII_KEY: TEST_PII_KEY, CREDENTIAL_REQUESTS_PER_MINUTE: '1000' }),
      databaseUrl: url.toString(),
    });
    try {
      await app.listen(0, '127.0.0.1');
      const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
      const db = app.get<DataSource>(getDataSourceToken());
      expect(await db.query('SELECT current_user AS who, rolsuper FROM pg_roles WHERE rolname = current_user')).toEqual([
        { who: 'lalaland_app_test', rolsuper: false },
      ]);
      await expect(db.query('CREATE TABLE nope (id int)')).rejects.toMatchObject({ code: '42501' });
      const saha = new Client(base);
      expect(
        (
          await saha.gql('mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }', {
            e: 'saha.staff@lalaland.test',
            p: 'lalaland2025',
          })
        ).errors,
      ).toBeUndefined();
      const [programme] = await db.query(
        "SELECT p.id FROM programme p JOIN initiative i ON i.id = p.initiative_id WHERE i.code = 'LALALAND' AND p.status IN ('RECRUITING', 'RUNNING') LIMIT 1",
      );
      const person = await saha.gql('mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { id } }', {
        i: { name: '권한시험', birthYear: 1970, consent: { given: true, items: ['NAME', 'BIRTH_YEAR'], retentionUntil: '2030-12-31' } },
      });
      expect(person.errors).toBeUndefined();
      const enrolled = await saha.gql('mutation($p: ID!, $x: ID!) { enrol(programmeId: $p, participantId: $x) { status } }', {
        p: programme.id,
        x: person.data!.registerParticipant.id,
      });
      expect(enrolled.errors).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
