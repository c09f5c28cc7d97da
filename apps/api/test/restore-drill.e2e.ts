import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { Client, TestApp, startReplica, startTestApp } from './support/app';
import { TEST_PII_KEY } from './support/db';
import { migrateAndSeed } from '../src/migrate';
import { loadConfig } from '../src/core/config';

/** The restore drill of docs/operations.md, on the test server: dump → new database → the app → same data. */
const script = join(__dirname, '../scripts/restore-drill.mjs');
const LIST = '{ programmes(limit: 50) { totalCount items { id titleKo seatsTaken host { nameKo } } } }';
const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('backup and restore', () => {
  let t: TestApp;
  let admin: PgClient;
  const dir = mkdtempSync(join(tmpdir(), 'lalaland-dump-test-'));
  const databases: string[] = [];
  const newDatabase = async () => {
    const name = `restore_${Date.now()}_${databases.length}`;
    await admin.query(`CREATE DATABASE ${name}`);
    databases.push(name);
    const url = new URL(t.databaseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  /** A fresh database migrated as the app migrates at start (no demo data), as an operator's empty target would be. */
  const migrated = async () => {
    const url = await newDatabase();
    await migrateAndSeed(url, false, loadConfig({ NODE_ENV: 'test', PII_KEY: TEST_PII_KEY }));
    return url;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = new PgClient({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
  });
  afterAll(async () => {
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a dump restored into a new database runs the app with the same data, the same sessions, and takes new writes', async () => {
    const saha = await t.as('saha.staff@lalaland.test');
    expect((await saha.gql('mutation { createVenue(input: { name: "복원 시험 강의실" }) { id } }')).errors).toBeUndefined();
    const city = await t.as('city.admin@lalaland.test');
    const before = await city.gql(LIST);

    const dumped = run('dump', t.databaseUrl, dir);
    expect(dumped.stderr).toBe('');
    expect(dumped.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { tables: Record<string, number> };
    expect(manifest.tables.venue).toBeGreaterThan(0);

    const target = await migrated();
    const restored = run('restore', dir, target);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(JSON.parse(restored.stdout)).toEqual(manifest.tables); // every table's count equals the source's

    const app = await startReplica({ databaseUrl: target } as TestApp);
    try {
      const same = new Client(app.url);
      same.cookie = city.cookie; // the session travelled with the data
      expect((await same.gql(LIST)).data).toEqual(before.data);
      const sahaThere = new Client(app.url);
      sahaThere.cookie = saha.cookie;
      const venues = await sahaThere.gql('{ venues(limit: 50) { items { name } } }');
      expect(venues.data!.venues.items.map((v: { name: string }) => v.name)).toContain('복원 시험 강의실');
      // identities moved past the restored rows: new writes do not collide
      expect((await sahaThere.gql('mutation { createVenue(input: { name: "복원 뒤 새 강의실" }) { id } }')).errors).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('refuses a target at another schema version and leaves it as it was', async () => {
    const target = await newDatabase(); // never migrated
    const refused = run('restore', dir, target);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/migrat/);
  });
});
