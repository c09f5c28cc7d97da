/**
 * `npm run bench` (root) → this file. Loopback HTTP load with autocannon, server in a child process.
 *   node dist-bench/run.js [drivers|app|all] [--duration=10] [--connections=50] [--write]
 * `drivers`: the same synthetic schema under each GraphQL driver (bench/drivers.ts).
 * `app`: the built LA-LA LAnd API (dist/main.js) on a fresh embedded PostgreSQL, signed in.
 * `learn`: the API on the `npm run seed:scale` data set: the nested programme list, and 200 concurrent enrolments into 30 seats.
 * `coordination`: the unread count at 1,000,000 notifications, fan-out to 500 subscriptions on two processes, a 20 MB upload's memory (bench/coordination.ts).
 * `outcomes`: the stream dashboard at 1,000,000 and 100,000 attendance rows, the result report's time, the public page's throughput (bench/outcomes.ts).
 * `replicas`: three API processes on one PostgreSQL behind a round-robin proxy: sessions, capacity, budgets, notifications, the outbox with a replica killed, migrations once; throughput 1 vs 2 replicas (bench/replicas.ts).
 * `hostile`: one caller against the response cache: memory after 50,000 distinct-variable requests, a lookup with 3,000 kept (bench/hostile.ts).
 * `rush`: the opening rush — 2,000 applicants confirming within one second for 30 first-come seats (bench/rush.ts).
 * `checkin`: self check-in by QR — 40 learners signed in by texted codes scan and tap within one minute while the sheet refreshes (bench/checkin.ts).
 * `rls`: the second wall's cost — the three list pages with row-level security scoped and with ROW_SECURITY=off (bench/rls.ts).
 * `catalogue`: the public door's pages with 200 listed programmes: kept and computed, and their compressed size (bench/catalogue.ts).
 * `search`: search and the ministry's side-by-side dashboard on the `seed:scale` data set, computed every time (bench/search.ts).
 * `pages`: the ten portal pages staff open most, computed every time on the `seed:scale` data set, one client's latency (bench/pages.ts).
 * `link`: mentor suggestions over 10,000 mentors and a 50-enrolment journey, one client's latency (bench/link.ts).
 * `--write` replaces the matching section of docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { DRIVERS } from './drivers';
import { freePort, stop, waitFor } from './processes';
import { benchLink, latencyTable } from './link';
import { benchCoordination } from './coordination';
import { benchOutcomes } from './outcomes';
import { CONNECTIONS, DURATION, WRITE, measure, post, which, type Row } from './load';
import { benchLearn } from './learn';
import { benchReplicas } from './replicas';
import { benchHostile } from './hostile';
import { benchCatalogue } from './catalogue';
import { benchRush } from './rush';
import { benchSearch } from './search';
import { benchRls } from './rls';
import { benchCheckIn } from './checkin';
import { benchPages } from './pages';

const apiRoot = join(__dirname, '..');
const repoRoot = join(apiRoot, '../..');

export const TRIVIAL = '{ ping }';
export const LIST = '{ programmes(limit: 50) { id title pillar capacity sessions { id startsAt venue enrolled } } }';

async function benchDrivers(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of DRIVERS) {
    const port = await freePort();
    const child = spawn(process.execPath, [join(__dirname, 'drivers.js'), 'serve', driver, String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    try {
      await waitFor(child, 'READY');
      const url = `http://127.0.0.1:${port}/graphql`;
      rows.push(await measure(driver, 'trivial `{ ping }`', url, TRIVIAL));
      rows.push(await measure(driver, 'list: 50 programmes × 10 sessions', url, LIST));
    } finally {
      await stop(child);
    }
  }
  return rows;
}

async function benchApp(): Promise<Row[]> {
  if (!existsSync(join(apiRoot, 'dist/main.js'))) throw new Error('build the API first: npm run build');
  const dataDir = mkdtempSync(join(tmpdir(), 'lalaland-bench-'));
  const port = await freePort();
  const child = spawn(process.execPath, [join(apiRoot, 'dist/main.js')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
      NODE_ENV: 'production',
      SECOND_FACTOR_REQUIRED: 'false', // demo logins sign in with their password (the second factor is production's default)
      PII_KEY: '5'.repeat(64),
      SEED_DEMO_DATA: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rows: Row[] = [];
  try {
    await waitFor(child, 'portal and API ready');
    const url = `http://127.0.0.1:${port}/graphql`;
    const signIn = await post(url, 'mutation { signIn(input: { email: "nam.staff@lalaland.test", password: "lalaland2025" }) { role } }');
    const cookie = signIn.res.headers.get('set-cookie')?.split(';')[0] ?? '';
    const headers = { cookie };
    rows.push(
      await measure('LA-LA LAnd (Mercurius/Fastify, jit)', 'trivial: `{ me { user { id } } }`', url, '{ me { user { id } } }', headers),
    );
    rows.push(
      await measure(
        'LA-LA LAnd (Mercurius/Fastify, jit)',
        'list: 50 organizations (SQL)',
        url,
        '{ organizations(limit: 50, includeInactive: true) { totalCount items { id nameKo nameEn kind shortCode adminCode } } }',
        headers,
      ),
    );
  } finally {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}

function table(rows: Row[]): string {
  const lines = ['| server | scenario | req/s | p50 ms | p99 ms | errors |', '|---|---|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.server} | ${r.scenario} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`);
  return lines.join('\n');
}

function writeSection(
  name: string,
  rows: Row[] | string,
  notes: string[] = [],
  method = `autocannon, ${CONNECTIONS} connections, ${DURATION} s after a 2 s warm-up, loopback`,
) {
  const file = join(repoRoot, 'docs/benchmarks.md');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const body = typeof rows === 'string' ? rows : table(rows);
  const block = `${start}\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${method}; command \`npm run bench -- ${name} --write\`.\n\n${body}\n${notes.map((n) => `\n${n}\n`).join('')}${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  writeFileSync(file, re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`);
  console.log(`wrote docs/benchmarks.md (${name})`);
}

async function main() {
  console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s per scenario (+2 s warm-up)`);
  if (which === 'drivers' || which === 'all') {
    const rows = await benchDrivers();
    if (WRITE) writeSection('drivers', rows);
  }
  if (which === 'learn' || which === 'all') {
    const { rows, notes } = await benchLearn(apiRoot, repoRoot);
    if (WRITE) writeSection('learn', rows, notes);
  }
  if (which === 'replicas' || which === 'all') {
    const { rows, notes } = await benchReplicas(apiRoot, repoRoot);
    if (WRITE)
      writeSection(
        'replicas',
        rows,
        notes,
        `three API processes on one PostgreSQL behind a round-robin proxy on loopback; autocannon ${CONNECTIONS} connections, ${DURATION} s after a 2 s warm-up`,
      );
  }
  if (which === 'link' || which === 'all') {
    const { rows, notes } = await benchLink(apiRoot, repoRoot);
    if (WRITE) writeSection('link', latencyTable(rows), notes, 'one client, sequential GraphQL requests, loopback');
  }
  if (which === 'coordination' || which === 'all') {
    const { rows, notes } = await benchCoordination(apiRoot, repoRoot);
    if (WRITE)
      writeSection(
        'coordination',
        latencyTable(rows),
        notes,
        'one client, sequential GraphQL requests, loopback; two API processes on one PostgreSQL',
      );
  }
  if (which === 'outcomes' || which === 'all') {
    const { rows, notes } = await benchOutcomes(apiRoot, repoRoot);
    if (WRITE)
      writeSection(
        'outcomes',
        latencyTable(rows),
        notes,
        'one client, sequential GraphQL requests, loopback, signed in as the city’s admin (the lead: every breakdown)',
      );
  }
  if (which === 'hostile' || which === 'all') {
    const { rows, notes } = await benchHostile(apiRoot, repoRoot);
    if (WRITE)
      writeSection(
        'hostile',
        latencyTable(rows),
        notes,
        'one signed-in caller (the ministry viewer), 8 connections for the floods, then one client, sequential requests, loopback',
      );
  }
  if (which === 'catalogue' || which === 'all') {
    const { rows, notes } = await benchCatalogue(apiRoot, repoRoot);
    if (WRITE)
      writeSection(
        'catalogue',
        rows,
        notes,
        `anonymous GET with gzip, autocannon ${CONNECTIONS} connections, ${DURATION} s after a 2 s warm-up, loopback`,
      );
  }
  if (which === 'rush' || which === 'all') {
    const { rows, notes } = await benchRush(apiRoot, repoRoot);
    if (WRITE)
      writeSection('rush', rows, notes, 'one server process, the applicants on loopback, each confirmation timed from send to full answer');
  }
  if (which === 'checkin' || which === 'all') {
    const { rows, notes } = await benchCheckIn(apiRoot, repoRoot);
    if (WRITE)
      writeSection('checkin', rows, notes, 'one server process, the learners on loopback, each request timed from send to full answer');
  }
  if (which === 'search' || which === 'all') {
    const { rows, notes } = await benchSearch(apiRoot, repoRoot);
    if (WRITE)
      writeSection('search', latencyTable(rows), notes, 'one client, sequential GraphQL requests, loopback, every request computed');
  }
  if (which === 'pages' || which === 'all') {
    const { rows, notes } = await benchPages(apiRoot, repoRoot);
    if (WRITE)
      writeSection(
        'pages',
        latencyTable(rows),
        notes,
        'one client, sequential page loads, loopback, signed in as the city’s admin, every request computed',
      );
  }
  if (which === 'rls' || which === 'all') {
    const { rows, notes } = await benchRls(apiRoot, repoRoot);
    for (const n of notes) console.log(n);
    if (WRITE) writeSection('rls', rows, notes);
  }
  if (which === 'app' || which === 'all') {
    const rows = await benchApp();
    if (WRITE) writeSection('app', rows);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
