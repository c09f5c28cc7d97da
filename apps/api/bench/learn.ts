/**
 * `npm run bench -- learn`: the API on the `npm run seed:scale` data set against PostGraphile 4 and 5 on the same
 * database, for three list pages, with the response cache (as deployed) and without it (RESPONSE_CACHE=off: every
 * request computed, what a page costs right after a write); then 200 concurrent enrolments into 30 seats.
 * BENCH_DATA_DIR keeps the seeded data between runs (seeded on its first run, never deleted), for quick re-measuring.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { cpuPerRequest, freePort, SERVER_FLAGS, stop, waitFor } from './processes';
import { DURATION, gql, measure, pct, signInAs, type Row } from './load';
import { day, hostSide } from './hosts';
import { READERS, WRITE_LOADS, loadName, mixedWorkload } from './mixed';

const OURS = 'LA-LA LAnd';
const WEEK = { from: '2025-06-09T00:00:00+09:00', to: '2025-06-16T00:00:00+09:00' };

/** Each page as the portal asks for it, and the same page in PostGraphile's generated schema (same order, same columns). */
export const PAGES = (busanId: string) => [
  {
    name: 'programme list: 50 × (host, 10 sessions, counts)',
    ours: '{ programmes(limit: 50) { totalCount items { id titleKo status capacity seatsTaken host { nameKo } sessions { id startsAt endsAt } enrolmentCounts { enrolled waitlisted completed } } } }',
    graphile:
      '{ allProgrammes(first: 50, orderBy: [STARTS_ON_DESC, TITLE_KO_ASC, PRIMARY_KEY_ASC]) { totalCount nodes { id titleKo status capacity seatsTaken organizationByHostOrganizationId { nameKo } programmeSessionsByProgrammeId(orderBy: [STARTS_AT_ASC, PRIMARY_KEY_ASC]) { nodes { id startsAt endsAt } } waitlistedCount completedCount } } }',
  },
  {
    name: 'participants: 50 with consent state',
    ours: '{ participants(limit: 50) { totalCount items { id pseudonymKey heldByMe consents { id purpose items givenAt withdrawnAt retentionUntil } } } }',
    graphile: `{ allParticipants(first: 50, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_ASC], condition: { organizationId: "${busanId}" }) { totalCount nodes { id pseudonymKey consentsByParticipantId { nodes { id purpose items givenAt withdrawnAt retentionUntil } } } } }`,
  },
  {
    name: 'calendar week: sessions with programme, venue',
    ours: `{ sessionCalendar(from: "${WEEK.from}", to: "${WEEK.to}") { id startsAt endsAt cancelledAt programme { id titleKo } venue { id name } } }`,
    graphile: `{ sessionsBetween(fromAt: "${WEEK.from}", toAt: "${WEEK.to}") { nodes { id startsAt endsAt cancelledAt programmeByProgrammeId { id titleKo } venueByVenueId { id name } } } }`,
  },
];

/** A calendar window as PostGraphile users write one: a function in a schema of their own (PostGraphile filters by equality only). */
const WINDOW_FUNCTION = `CREATE SCHEMA IF NOT EXISTS bench;
  CREATE OR REPLACE FUNCTION bench.sessions_between(from_at timestamptz, to_at timestamptz) RETURNS SETOF public.programme_session
    LANGUAGE sql STABLE AS $$ SELECT * FROM public.programme_session WHERE starts_at >= from_at AND starts_at < to_at ORDER BY starts_at, id $$`;

export function startApi(apiRoot: string, repoRoot: string, env: NodeJS.ProcessEnv, port: number): ChildProcess {
  return spawn(process.execPath, [...SERVER_FLAGS, join(apiRoot, 'dist/main.js')], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The API's environment on the scale data set's directory (embedded PostgreSQL, production mode, demo logins). */
export const scaleEnv = (dataDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
  NODE_ENV: 'production',
  SECOND_FACTOR_REQUIRED: 'false', // demo logins sign in with their password (the second factor is production's default)
  PII_KEY: '5'.repeat(64),
  SEED_DEMO_DATA: 'true',
});

/** `npm run seed:scale` into env.DATA_DIR, unless a kept data directory (BENCH_DATA_DIR) already holds it; the note says how long. */
export async function seedScale(apiRoot: string, repoRoot: string, env: NodeJS.ProcessEnv, fresh: boolean): Promise<string> {
  const t0 = Date.now();
  if (!fresh && existsSync(join(env.DATA_DIR!, 'postgres'))) return 'seed:scale: kept from an earlier run (BENCH_DATA_DIR)';
  const scale = spawn(process.execPath, [join(apiRoot, 'dist/seed/scale.js')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => scale.on('exit', resolve));
  if (code !== 0) throw new Error('seed:scale failed');
  return `seed:scale (fresh data dir: initdb, migrations, demo seed, 500 programmes, 5,000 sessions, 100,000 participants, 1,000,000 attendance rows): ${((Date.now() - t0) / 1000).toFixed(1)} s`;
}

export async function benchLearn(apiRoot: string, repoRoot: string): Promise<{ rows: Row[]; notes: string[] }> {
  if (!existsSync(join(apiRoot, 'dist/main.js'))) throw new Error('build the API first: npm run build');
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'lalaland-bench-'));
  const env = scaleEnv(dataDir);
  const notes = [await seedScale(apiRoot, repoRoot, env, !kept)];
  const rows: Row[] = [];
  let child: ChildProcess | null = null;
  try {
    // Without the cache first: every request computed.
    const port = await freePort();
    child = startApi(apiRoot, repoRoot, { ...env, RESPONSE_CACHE: 'off' }, port);
    await waitFor(child, 'portal and API ready', 120_000);
    let url = `http://127.0.0.1:${port}/graphql`;
    let lead = await signInAs(url, 'city.admin@lalaland.test');
    const busanId = (await gql(url, '{ me { activeOrganization { id } } }', {}, lead)).data.me.activeOrganization.id as string;
    const pages = PAGES(busanId);
    // What one request costs in CPU, ours and PostGraphile 5's (where the time goes: docs/benchmarks.md).
    const cpu = new Map<string, string>();
    const costed = async (who: string, page: string, pid: number, run: () => Promise<Row>) => {
      const { result, nodeMs, postgresMs } = await cpuPerRequest(pid, run, (r) => r.rps * DURATION);
      cpu.set(`${who} ${page}`, `Node ${nodeMs.toFixed(1)} ms + PostgreSQL ${postgresMs.toFixed(1)} ms`);
      return result;
    };
    for (const page of pages)
      rows.push(
        await costed('ours', page.name, child.pid!, () =>
          measure(`${OURS}, computed every time (RESPONSE_CACHE=off)`, page.name, url, page.ours, { cookie: lead }),
        ),
      );
    await stop(child);

    child = startApi(apiRoot, repoRoot, env, port);
    await waitFor(child, 'portal and API ready', 120_000);
    // PostGraphile on the same database (the API's embedded PostgreSQL; its owner's password is kept beside the data).
    const pgPort = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
      .split('\n')[3]!
      .trim();
    const { owner } = JSON.parse(readFileSync(join(dataDir, 'postgres-credentials.json'), 'utf8')) as { owner: string };
    const database = `postgres://postgres:${owner}@127.0.0.1:${pgPort}/lalaland`;
    const sql = new Client({ connectionString: database });
    await sql.connect();
    await sql.query(WINDOW_FUNCTION);
    await sql.end();
    const graphileOn = async (script: string) => {
      const graphilePort = await freePort();
      const graphile = spawn(process.execPath, [join(__dirname, script), database, String(graphilePort)], {
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await waitFor(graphile, 'READY').catch(async (err: unknown) => {
        await stop(graphile);
        throw err;
      });
      return { graphile, graphilePort };
    };
    for (const [name, script] of [
      ['PostGraphile 4.14', 'postgraphile.js'],
      ['PostGraphile 5.1', 'postgraphile5.js'],
    ] as const) {
      const { graphile, graphilePort } = await graphileOn(script);
      try {
        for (const page of pages)
          rows.push(
            await costed(name, page.name, graphile.pid!, () =>
              measure(`${name} (same database, no access filtering)`, page.name, `http://127.0.0.1:${graphilePort}/graphql`, page.graphile),
            ),
          );
      } finally {
        await stop(graphile);
      }
    }

    // With the cache, as deployed.
    url = `http://127.0.0.1:${port}/graphql`;
    lead = await signInAs(url, 'city.admin@lalaland.test');
    for (const page of pages)
      rows.push(await measure(`${OURS}, response cache (as deployed)`, page.name, url, page.ours, { cookie: lead }));
    for (const page of pages) {
      const ours = rows.find((r) => r.server.includes('as deployed') && r.scenario === page.name)!;
      const computed = rows.find((r) => r.server.includes('computed') && r.scenario === page.name)!;
      const pg5 = rows.find((r) => r.server.startsWith('PostGraphile 5') && r.scenario === page.name)!;
      notes.push(
        `${page.name}: ${(ours.rps / pg5.rps).toFixed(2)}× PostGraphile 5 with the cache, ${(computed.rps / pg5.rps).toFixed(2)}× computed every time; one request computed: ours ${cpu.get(`ours ${page.name}`)}, PostGraphile 5 ${cpu.get(`PostGraphile 5.1 ${page.name}`)} of CPU.`,
      );
    }

    // While people work: seven users read the three pages while attendance marks are written, beside PostGraphile 5.
    const readers = [];
    for (const email of READERS) readers.push({ headers: { cookie: await signInAs(url, email) }, queries: pages.map((p) => p.ours) });
    const { graphile, graphilePort } = await graphileOn('postgraphile5.js');
    try {
      const mixed = await mixedWorkload(
        [
          { server: `${OURS}, response cache (as deployed)`, url, readers },
          {
            server: 'PostGraphile 5.1 (same database, no access filtering)',
            url: `http://127.0.0.1:${graphilePort}/graphql`,
            readers: READERS.map(() => ({ headers: {}, queries: pages.map((p) => p.graphile) })),
          },
        ],
        database,
      );
      rows.push(...mixed);
      for (const load of WRITE_LOADS) {
        const [ours, pg5] = mixed.filter((r) => r.scenario.includes(` ${loadName(load)} `));
        notes.push(`mixed workload, ${loadName(load)}: ${(ours!.rps / pg5!.rps).toFixed(2)}× PostGraphile 5.`);
      }
    } finally {
      await stop(graphile);
    }

    const enrol = await concurrentEnrolments(url, await signInAs(url, 'saha.staff@lalaland.test'));
    rows.push({ server: `${OURS}, one process`, ...enrol });
  } finally {
    if (child) await stop(child);
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
  return { rows, notes };
}

/** 200 concurrent enrolments into a 30-seat programme (Saha's, `host` its staff's session) through `url` (one API, or a proxy before replicas). Throws unless exactly 30 are enrolled. */
export async function concurrentEnrolments(url: string, host: string): Promise<Omit<Row, 'server'>> {
  // This year's initiative and its approvals, as the public-door benchmarks open theirs (bench/hosts.ts).
  const side = await hostSide(url.replace(/\/graphql$/, ''));
  const { createProgramme } = await side.ok(host, 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
    i: {
      initiativeId: side.initiativeId,
      titleKo: '동시 신청 시험',
      pillar: 'LEARN',
      domain: 'VOCATIONAL',
      format: 'OFFLINE',
      capacity: 30,
      startsOn: day(30),
    },
  });
  const pid = createProgramme.id as string;
  await side.recruit(pid);
  const run = Date.now().toString(36);
  const people: string[] = [];
  for (let n = 0; n < 200; n++) {
    const r = await gql(
      url,
      'mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { id } }',
      {
        i: {
          name: `동시${run}${n}`,
          birthYear: 1960 + (n % 40),
          consent: { given: true, items: ['NAME', 'BIRTH_YEAR'], retentionUntil: '2030-12-31' },
        },
      },
      host,
    );
    people.push(r.data.registerParticipant.id);
  }
  const latencies: number[] = [];
  const started = performance.now();
  const results = await Promise.all(
    people.map(async (id) => {
      const t = performance.now();
      const r = await gql(
        url,
        'mutation($p: ID!, $x: ID!) { enrol(programmeId: $p, participantId: $x) { status } }',
        { p: pid, x: id },
        host,
      );
      latencies.push(performance.now() - t);
      return r.data?.enrol?.status ?? r.errors?.[0]?.extensions?.code ?? 'ERROR';
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const accepted = results.filter((s) => s === 'ENROLLED').length;
  const waitlisted = results.filter((s) => s === 'WAITLISTED').length;
  const errors = results.length - accepted - waitlisted;
  const counted = (await gql(url, '{ programme(id: "' + pid + '") { seatsTaken } }', {}, host)).data.programme.seatsTaken;
  console.log(
    `200 concurrent enrolments: ${accepted} enrolled, ${waitlisted} waitlisted, ${errors} errors, seats taken ${counted} in ${elapsed.toFixed(2)} s`,
  );
  if (accepted !== 30 || counted !== 30) throw new Error(`capacity broken: ${accepted} enrolled, ${counted} seats taken`);
  return {
    scenario: `200 concurrent enrolments, 30 seats → ${accepted} enrolled, ${waitlisted} waitlisted`,
    rps: Math.round(200 / elapsed),
    p50: Math.round(pct(latencies, 50)),
    p99: Math.round(pct(latencies, 99)),
    errors,
  };
}
