import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { migrateAndSeed } from '../../src/migrate';
import { loadConfig } from '../../src/core/config';

/** The key test databases encrypt personal data with (the template is seeded with it). */
export const TEST_PII_KEY = '7'.repeat(64);

const TEMPLATE = 'lalaland_template';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh database for one test file, cloned from a template that is migrated and seeded once per run
 * (the first file to arrive builds it under an advisory lock).
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set (jest globalSetup starts PostgreSQL)');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(4242)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${TEMPLATE}`);
      await migrateAndSeed(withDatabase(adminUrl, TEMPLATE), true, loadConfig({ NODE_ENV: 'test', PII_KEY: TEST_PII_KEY }));
    }
    await admin.query('SELECT pg_advisory_unlock(4242)');
    const name = `test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    return {
      url: withDatabase(adminUrl, name),
      drop: async () => {
        const c = new Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  } finally {
    await admin.end();
  }
}
