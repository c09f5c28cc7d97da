import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Client, SIGN_IN, startTestApp, TestApp } from './support/app';
import { TEST_PII_KEY } from './support/db';
import { graphql } from './gql';
import { APP } from '../src/modules';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/core/config';
import { ensureLoginRole, grantAppRole } from '../src/core/database/app-role';
import { RequestContext } from '../src/core/context/request-context';
import { Transactions } from '../src/core/database/transaction';

const PARTICIPANTS = graphql(`
  query TestRowSecurityParticipants {
    participants(limit: 50) {
      totalCount
      items {
        id
      }
    }
  }
`);

/** A person's context in an organization, as the API builds it for a signed-in request. */
const personIn = (organizationId: string) =>
  new RequestContext('row-security-test', 'ko', {
    sessionId: 's',
    activeOrganizationId: organizationId,
    role: 'STAFF',
    user: { id: '00000000-0000-0000-0000-000000000001', email: 'x@y', displayName: 'x', isPlatformAdmin: false, locale: 'ko' },
  });

describe("row-level security, the second wall: as the API's own role, a scoped read sees only its organization's people", () => {
  let t: TestApp;
  let app: NestFastifyApplication;
  let base = '';
  let tx: Transactions;
  const orgs: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    await ensureLoginRole((sql) => t.db.query(sql), 'lalaland_app_rls', 'rlstest123');
    await grantAppRole(t.db, 'lalaland_app_rls', APP.appendOnly);
    const url = new URL(t.databaseUrl);
    url.username = 'lalaland_app_rls';
    url.password = 'rlstest123';
    app = await createApp({
      ...loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent', PII_KEY: TEST_PII_KEY, CREDENTIAL_REQUESTS_PER_MINUTE: '1000' }),
      databaseUrl: url.toString(),
    });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    tx = app.get(Transactions);
    for (const code of ['SAHA', 'NAM', 'SAMPLE_UNIV_A']) orgs[code] = await t.orgId(code);
    // A counselling note and a personal-data document in each of two organizations.
    for (const org of [orgs.SAHA, orgs.NAM]) {
      await t.db.query(
        `INSERT INTO counselling_note (participant_id, organization_id, occurred_on, body)
         SELECT id, organization_id, current_date, '진로 상담' FROM participant WHERE organization_id = $1 LIMIT 1`,
        [org],
      );
      await t.db.query(
        `INSERT INTO document (record_type, record_id, organization_id, name, content_type, size, sha256, version, personal_data, storage_key)
         SELECT 'PROGRAMME', p.id, $1::uuid, '신분증 사본.pdf', 'application/pdf', 10, repeat('0', 64), 1, true, gen_random_uuid()
           FROM programme p WHERE p.host_organization_id = $1::uuid LIMIT 1`,
        [org],
      );
    }
  });
  afterAll(async () => {
    await app?.close();
    await t.close();
  });

  const scoped = <T>(org: string, sql: string) => tx.scoped(personIn(org), (em) => em.query(sql) as Promise<T>);

  it('a deliberately unfiltered query returns nothing of another organization, for participants, consents, counselling notes, enrolments and personal documents', async () => {
    const db = app.get<DataSource>(getDataSourceToken());
    expect(await db.query('SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user')).toEqual([
      { rolbypassrls: false, rolsuper: false },
    ]);
    for (const [table, where] of [
      ['participant', ''],
      ['consent', ''],
      ['counselling_note', ''],
      ['enrolment', ''],
      ['document', 'WHERE personal_data'],
    ] as const) {
      const seen = (await scoped<Array<{ o: string }>>(orgs.SAHA!, `SELECT DISTINCT organization_id AS o FROM ${table} ${where}`)).map(
        (r) => r.o,
      );
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((o) => o === orgs.SAHA)).toBe(true);
      // Unscoped, the same role sees every organization's rows (the services decide those reads).
      const all = (await db.query(`SELECT count(DISTINCT organization_id)::int AS n FROM ${table} ${where}`)) as [{ n: number }];
      expect(all[0].n).toBeGreaterThan(1);
    }
  });

  it("a referral's recipient sees the referred person, and no one else of the sender's", async () => {
    const rows = await scoped<Array<{ id: string; o: string }>>(orgs.SAMPLE_UNIV_A!, 'SELECT id, organization_id AS o FROM participant');
    const referred = new Set(
      (
        (await t.db.query('SELECT participant_id AS id FROM referral WHERE to_organization_id = $1', [orgs.SAMPLE_UNIV_A])) as Array<{
          id: string;
        }>
      ).map((r) => r.id),
    );
    expect(referred.size).toBeGreaterThan(0);
    const others = rows.filter((r) => r.o !== orgs.SAMPLE_UNIV_A);
    expect(others.length).toBe(referred.size);
    expect(others.every((r) => referred.has(r.id))).toBe(true);
  });

  it("a write in a transaction that names an organization cannot reach another's rows; a scoped read cannot write at all", async () => {
    const db = app.get<DataSource>(getDataSourceToken());
    const changed = await db.transaction(async (em) => {
      await em.query(`SELECT set_config('lalaland.org', $1, true)`, [orgs.NAM]);
      const [, n] = (await em.query(`UPDATE participant SET name = name WHERE organization_id = $1`, [orgs.SAHA])) as [unknown, number];
      return n;
    });
    expect(changed).toBe(0);
    await expect(tx.scoped(personIn(orgs.NAM!), (em) => em.query(`UPDATE participant SET name = name`))).rejects.toMatchObject({
      code: '25006',
    });
  });

  it('the pages still work as that role: the participants list shows only the organization’s own people', async () => {
    const c = new Client(base);
    expect((await c.gql(SIGN_IN, { email: 'saha.staff@lalaland.test', password: 'lalaland2025' })).errors).toBeUndefined();
    const r = await c.gql(PARTICIPANTS, {});
    expect(r.errors).toBeUndefined();
    const ids = r.data!.participants.items.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    const held = await t.db.query('SELECT count(*)::int AS n FROM participant WHERE id = ANY($1::uuid[]) AND organization_id <> $2', [
      ids,
      orgs.SAHA,
    ]);
    expect(held).toEqual([{ n: 0 }]);
  });
});
