/**
 * `npm run bench` (root) → this file. Loopback HTTP load with autocannon, server in a child process.
 *   node dist-bench/run.js [drivers|app|all] [--duration=10] [--connections=50] [--write]
 * `drivers`: the same synthetic schema under each GraphQL driver (bench/drivers.ts).
 * `app`: the built LA-LA LAnd API (dist/main.js) on a fresh embedded PostgreSQL, signed in.
 * `learn`: the API on the `npm run seed:scale` data set: the nested programme list, and 200 concurrent enrolments into 30 seats.
 * `coordination`: the unread count at 1,000,000 notifications, fan-out to 500 subscriptions on two processes, a 20 MB upload's memory (bench/coordination.ts).
 * `outcomes`: the stream dashboard at 1,000,000 and 100,000 attendance rows, the result report's time, the public page's throughput (bench/outcomes.ts).
 * `link`: mentor suggestions over 10,000 mentors and a 50-enrolment journey, one client's latency (bench/link.ts).
 * `--write` replaces the matching section of docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DRIVERS } from './drivers';
import { freePort, stop, waitFor } from './processes';
import { benchLink, latencyTable } from './link';
import { benchCoordination } from './coordination';
import { benchOutcomes } from './outcomes';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const DURATION = option('duration', 10);
const CONNECTIONS = option('connections', 50);
const WRITE = args.includes('--write');
const which = args.find((a) => !a.startsWith('--')) ?? 'all';

const apiRoot = join(__dirname, '..');
const repoRoot = join(apiRoot, '../..');

interface Row {
  server: string;
  scenario: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${query} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { body, res };
}

/** Checks the answer once, warms up, then measures. Non-2xx answers count as errors. */
async function measure(server: string, scenario: string, url: string, query: string, headers: Record<string, string> = {}): Promise<Row> {
  await post(url, query, headers);
  const opts = { url, method: 'POST' as const, connections: CONNECTIONS, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) };
  await autocannon({ ...opts, duration: 2 });
  const r = await autocannon({ ...opts, duration: DURATION });
  const row = { server, scenario, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
  console.log(`${server.padEnd(28)} ${scenario.padEnd(34)} ${String(row.rps).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}`);
  return row;
}

export const TRIVIAL = '{ ping }';
export const LIST = '{ programmes(limit: 50) { id title pillar capacity sessions { id startsAt venue enrolled } } }';

async function benchDrivers(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const driver of DRIVERS) {
    const port = await freePort();
    const child = spawn(process.execPath, [join(__dirname, 'drivers.js'), 'serve', driver, String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
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
    rows.push(await measure('LA-LA LAnd (Mercurius/Fastify, jit)', 'trivial: `{ me { user { id } } }`', url, '{ me { user { id } } }', headers));
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

async function gql(url: string, query: string, variables: Record<string, unknown>, cookie: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a loosely typed client for the bench's own calls
  return (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}

async function signInAs(url: string, email: string): Promise<string> {
  const r = await post(url, `mutation { signIn(input: { email: "${email}", password: "lalaland2025" }) { role } }`);
  return r.res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const PROGRAMME_LIST =
  '{ programmes(limit: 50) { totalCount items { id titleKo status capacity seatsTaken host { nameKo } sessions { id startsAt endsAt } enrolmentCounts { enrolled waitlisted completed } } } }';
/** The same page in PostGraphile's generated schema: same order, hosts, sessions in time order, the same roll-up columns. */
export const POSTGRAPHILE_LIST =
  '{ allProgrammes(first: 50, orderBy: [STARTS_ON_DESC, TITLE_KO_ASC, PRIMARY_KEY_ASC]) { totalCount nodes { id titleKo status capacity seatsTaken organizationByHostOrganizationId { nameKo } programmeSessionsByProgrammeId(orderBy: [STARTS_AT_ASC, PRIMARY_KEY_ASC]) { nodes { id startsAt endsAt } } waitlistedCount completedCount } } }';

/** The API on the scale data set (seed:scale into a fresh data dir first, then the server on it). */
async function benchLearn(): Promise<{ rows: Row[]; notes: string[] }> {
  if (!existsSync(join(apiRoot, 'dist/main.js'))) throw new Error('build the API first: npm run build');
  const dataDir = mkdtempSync(join(tmpdir(), 'lalaland-bench-'));
  const env = { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', NODE_ENV: 'production', PII_KEY: '5'.repeat(64), SEED_DEMO_DATA: 'true' };
  const t0 = Date.now();
  const scale = spawn(process.execPath, [join(apiRoot, 'dist/seed/scale.js')], { cwd: repoRoot, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve) => scale.on('exit', resolve));
  if (code !== 0) throw new Error('seed:scale failed');
  const scaleSeconds = (Date.now() - t0) / 1000;
  const port = await freePort();
  const child = spawn(process.execPath, [join(apiRoot, 'dist/main.js')], { cwd: repoRoot, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const rows: Row[] = [];
  const notes = [`seed:scale (fresh data dir: initdb, migrations, demo seed, 500 programmes, 5,000 sessions, 100,000 participants, 1,000,000 attendance rows): ${scaleSeconds.toFixed(1)} s`];
  try {
    await waitFor(child, 'portal and API ready', 120_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    const lead = await signInAs(url, 'city.admin@lalaland.test');
    rows.push(await measure('LA-LA LAnd (Mercurius/Fastify, jit)', 'programme list: 50 × (host, 10 sessions, counts)', url, PROGRAMME_LIST, { cookie: lead }));
    // PostGraphile on the same database (the API's embedded PostgreSQL), measured while the API idles.
    const pgPort = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
      .split('\n')[3]!
      .trim();
    const graphilePort = await freePort();
    // The embedded server's owner password is made at random and kept beside the data (core/database/embedded.ts).
    const { owner } = JSON.parse(readFileSync(join(dataDir, 'postgres-credentials.json'), 'utf8')) as { owner: string };
    const graphile = spawn(process.execPath, [join(__dirname, 'postgraphile.js'), `postgres://postgres:${owner}@127.0.0.1:${pgPort}/lalaland`, String(graphilePort)], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await waitFor(graphile, 'READY');
      rows.push(await measure('PostGraphile 4.14 (same database)', 'programme list: 50 × (host, 10 sessions, counts)', `http://127.0.0.1:${graphilePort}/graphql`, POSTGRAPHILE_LIST));
    } finally {
      await stop(graphile);
    }

    // 200 concurrent enrolments into a 30-seat programme.
    const host = await signInAs(url, 'saha.staff@lalaland.test');
    const initiative = (await gql(url, '{ initiatives { id code } }', {}, host)).data.initiatives.find((i: { code: string }) => i.code === 'LALALAND').id;
    const created = await gql(
      url,
      'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }',
      { i: { initiativeId: initiative, titleKo: '동시 신청 시험', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 30, startsOn: '2026-03-02' } },
      host,
    );
    const pid = created.data.createProgramme.id;
    for (const [cookie, status] of [
      [host, 'PROPOSED'],
      [lead, 'APPROVED'],
      [host, 'RECRUITING'],
    ] as const) {
      await gql(url, 'mutation($id: ID!, $s: ProgrammeStatus!) { changeProgrammeStatus(id: $id, status: $s) { status } }', { id: pid, s: status }, cookie);
    }
    const people: string[] = [];
    for (let n = 0; n < 200; n++) {
      const r = await gql(
        url,
        'mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { id } }',
        { i: { name: `동시${n}`, birthYear: 1960 + (n % 40), consent: { given: true, items: ['NAME', 'BIRTH_YEAR'], retentionUntil: '2030-12-31' } } },
        host,
      );
      people.push(r.data.registerParticipant.id);
    }
    const latencies: number[] = [];
    const started = performance.now();
    const results = await Promise.all(
      people.map(async (id) => {
        const t = performance.now();
        const r = await gql(url, 'mutation($p: ID!, $x: ID!) { enrol(programmeId: $p, participantId: $x) { status } }', { p: pid, x: id }, host);
        latencies.push(performance.now() - t);
        return r.data?.enrol?.status ?? r.errors?.[0]?.extensions?.code ?? 'ERROR';
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const accepted = results.filter((s) => s === 'ENROLLED').length;
    const waitlisted = results.filter((s) => s === 'WAITLISTED').length;
    const errors = results.length - accepted - waitlisted;
    rows.push({
      server: 'LA-LA LAnd (Mercurius/Fastify, jit)',
      scenario: `200 concurrent enrolments, 30 seats → ${accepted} enrolled, ${waitlisted} waitlisted`,
      rps: Math.round(200 / elapsed),
      p50: Math.round(pct(latencies, 50)),
      p99: Math.round(pct(latencies, 99)),
      errors,
    });
    console.log(
      `200 concurrent enrolments: ${accepted} enrolled, ${waitlisted} waitlisted, ${errors} errors in ${elapsed.toFixed(2)} s; p50 ${pct(latencies, 50).toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms`,
    );
    if (accepted !== 30) throw new Error(`capacity broken: ${accepted} enrolled`);
  } finally {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { rows, notes };
}

function table(rows: Row[]): string {
  const lines = ['| server | scenario | req/s | p50 ms | p99 ms | errors |', '|---|---|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.server} | ${r.scenario} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`);
  return lines.join('\n');
}

function writeSection(name: string, rows: Row[] | string, notes: string[] = [], method = `autocannon, ${CONNECTIONS} connections, ${DURATION} s after a 2 s warm-up, loopback`) {
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
    const { rows, notes } = await benchLearn();
    if (WRITE) writeSection('learn', rows, notes);
  }
  if (which === 'link' || which === 'all') {
    const { rows, notes } = await benchLink(apiRoot, repoRoot);
    if (WRITE) writeSection('link', latencyTable(rows), notes, 'one client, sequential GraphQL requests, loopback');
  }
  if (which === 'coordination' || which === 'all') {
    const { rows, notes } = await benchCoordination(apiRoot, repoRoot);
    if (WRITE) writeSection('coordination', latencyTable(rows), notes, 'one client, sequential GraphQL requests, loopback; two API processes on one PostgreSQL');
  }
  if (which === 'outcomes' || which === 'all') {
    const { rows, notes } = await benchOutcomes(apiRoot, repoRoot);
    if (WRITE) writeSection('outcomes', latencyTable(rows), notes, 'one client, sequential GraphQL requests, loopback, signed in as the city’s admin (the lead: every breakdown)');
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
