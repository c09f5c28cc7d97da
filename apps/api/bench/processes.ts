// The benchmark's servers as child processes (run.ts starts this API, PostGraphile and the driver servers).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How production starts the API (apps/api/package.json start:prod, infra/Dockerfile): a larger young generation, fewer scavenges under load. */
export const SERVER_FLAGS = ['--max-semi-space-size=32'];

/** A free loopback port for a server the benchmark starts. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Resolves when the child prints `marker`; rejects on exit or timeout, with what it printed. */
export function waitFor(child: ChildProcess, marker: string, timeoutMs = 60_000): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${marker}" in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes(marker)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** Stops a child the benchmark started and waits for it to exit. */
export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/**
 * The built API as production starts it, on a fresh embedded PostgreSQL with the demo data, on a free loopback port;
 * `close()` stops it and removes its data. Sign-ins are not rate-limited (the benchmarks sign in many times).
 */
export async function startDemoServer(apiRoot: string, repoRoot: string, name: string, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `lalaland-bench-${name}-`));
  const port = await freePort();
  const child = spawn(process.execPath, [...SERVER_FLAGS, join(apiRoot, 'dist/main.js')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      NODE_ENV: 'production',
      SECOND_FACTOR_REQUIRED: 'false', // demo logins sign in with their password (the second factor is production's default)
      PII_KEY: '7'.repeat(64),
      SEED_DEMO_DATA: 'true',
      CREDENTIAL_REQUESTS_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const close = async () => {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(child, 'portal and API ready', 120_000);
  } catch (err) {
    await close();
    throw err;
  }
  return { child, origin: `http://127.0.0.1:${port}`, close };
}

/** CPU time (user + system, in clock ticks of 10 ms) a process has used, from /proc; 0 where /proc is absent. */
function ticksOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Every PostgreSQL server process's CPU ticks (the postmaster and its backends). */
function postgresTicks(): number {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p)))
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') sum += ticksOf(Number(pid));
    } catch {
      // gone meanwhile
    }
  return sum;
}

/**
 * Runs `measure` and says what one request cost in CPU: the server process's (`pid`) and PostgreSQL's, in ms, from
 * /proc ticks over the run (`requests`: how many the run made).
 */
export async function cpuPerRequest<T>(pid: number, measure: () => Promise<T>, requests: (r: T) => number) {
  const [node0, pg0] = [ticksOf(pid), postgresTicks()];
  const result = await measure();
  const n = Math.max(1, requests(result));
  return { result, nodeMs: ((ticksOf(pid) - node0) * 10) / n, postgresMs: ((postgresTicks() - pg0) * 10) / n };
}
