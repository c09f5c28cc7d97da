/**
 * `npm run bench -- link [--write]`: Link's read paths at scale, on the built API and a fresh embedded PostgreSQL.
 *   - mentor suggestions for one session over 10,000 mentors and 100,000 assignments (target p95 < 50 ms);
 *   - the journey of a person with 50 enrolments and 500 attendance rows (target p95 < 30 ms).
 * The scale data is inserted with SQL beside the demo data; the requests go through GraphQL as nam.staff.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, stop, waitFor } from './processes';

export interface LatencyRow {
  scenario: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function gql(url: string, query: string, variables: Record<string, unknown>, cookie = '') {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${query.slice(0, 60)} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { body, res };
}

/** Sequential requests from one client after a warm-up: the latency a person waits, not the server's throughput. */
export async function latency(scenario: string, run: () => Promise<unknown>, requests = 300): Promise<LatencyRow> {
  for (let i = 0; i < 30; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const row = { scenario, requests, p50: +pct(times, 50).toFixed(1), p95: +pct(times, 95).toFixed(1), p99: +pct(times, 99).toFixed(1) };
  console.log(`${scenario.padEnd(70)} p50 ${row.p50} ms  p95 ${row.p95} ms  p99 ${row.p99} ms`);
  return row;
}

/** 10,000 mentors held by Nam-gu, each with 10 assignments among 10,000 hourly sessions; a person with 50 enrolments. */
async function seedScale(db: Client): Promise<{ session: string; person: string }> {
  const [nam] = (await db.query("SELECT id FROM organization WHERE short_code = 'NAM'")).rows as Array<{ id: string }>;
  const [initiative] = (await db.query("SELECT id, stream_id FROM initiative WHERE code = 'NAM-ONPLUS'")).rows as Array<{
    id: string;
    stream_id: string;
  }>;
  await db.query('BEGIN');
  const programme = (
    await db.query(
      `INSERT INTO programme (initiative_id, stream_id, title_ko, pillar, domain, host_organization_id, format, capacity, starts_on, status)
       VALUES ($1, $2, '멘토 배치 규모 시험', 'LINK', 'VOCATIONAL', $3, 'ONLINE', 100, DATE '2027-01-04', 'RUNNING') RETURNING id`,
      [initiative!.id, initiative!.stream_id, nam!.id],
    )
  ).rows[0] as { id: string };
  await db.query(
    `INSERT INTO programme_session (programme_id, starts_at, ends_at, online_url, check_in_code)
     SELECT $1, TIMESTAMPTZ '2027-01-04 09:00+09' + make_interval(hours => g), TIMESTAMPTZ '2027-01-04 09:50+09' + make_interval(hours => g), 'https://x.test', 'S' || lpad(g::text, 5, '0')
       FROM generate_series(0, 9999) g`,
    [programme.id],
  );
  await db.query(
    `WITH people AS (
       INSERT INTO participant (organization_id, pseudonym_key, name, birth_year, district_code)
       SELECT $1, 'M' || lpad(g::text, 7, '0'), '멘토' || g, 1950 + g % 50, CASE WHEN g % 3 = 0 THEN '26290' ELSE '26470' END FROM generate_series(1, 10000) g RETURNING id, pseudonym_key)
     INSERT INTO mentor (participant_id, organization_id, skills, districts, age_band, weekly_hours, available_weekdays)
     SELECT id, $1, CASE WHEN substr(pseudonym_key, 8, 1) IN ('1', '2') THEN '{AI,스마트폰}'::varchar[] ELSE '{키오스크}'::varchar[] END,
            '{26290}', 'AGE_40_64', 40, '{1,3,5}' FROM people`,
    [nam!.id],
  );
  await db.query(
    `INSERT INTO mentor_assignment (mentor_id, session_id, programme_id, status, during, week, minutes)
     SELECT m.id, s.id, s.programme_id, 'CONFIRMED', tstzrange(s.starts_at, s.ends_at, '[)'), (date_trunc('week', s.starts_at AT TIME ZONE 'Asia/Seoul'))::date, 50
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM mentor) m
       JOIN LATERAL (SELECT generate_series(0, 9) AS k) k ON true
       JOIN LATERAL (SELECT ps.* FROM programme_session ps WHERE ps.programme_id = $1 AND ps.check_in_code = 'S' || lpad(((m.n * 7 + k.k * 997) % 10000)::text, 5, '0')) s ON true
     ON CONFLICT DO NOTHING`,
    [programme.id],
  );
  // One person with 50 enrolments of 10 held sessions each (500 attendance rows).
  const person = (
    await db.query(
      `INSERT INTO participant (organization_id, pseudonym_key, name, birth_year) VALUES ($1, 'JOURNEY1', '여정 시험', 1968) RETURNING id`,
      [nam!.id],
    )
  ).rows[0] as {
    id: string;
  };
  await db.query(
    `INSERT INTO consent (participant_id, organization_id, purpose, items, retention_until, given_at, method) VALUES ($1, $2, 'PROGRAMME_OPERATION', '{NAME,BIRTH_YEAR}', DATE '2030-12-31', now(), 'WRITTEN')`,
    [person.id, nam!.id],
  );
  await db.query(
    `WITH ps AS (
       INSERT INTO programme (initiative_id, stream_id, title_ko, pillar, domain, host_organization_id, format, capacity, starts_on, status)
       SELECT $1, $2, '여정 과정 ' || g, 'LEARN', 'LIBERAL_ARTS', $3, 'ONLINE', 30, DATE '2025-03-01', 'COMPLETED' FROM generate_series(1, 50) g RETURNING id),
     ss AS (
       INSERT INTO programme_session (programme_id, starts_at, ends_at, online_url, check_in_code)
       SELECT ps.id, TIMESTAMPTZ '2025-03-03 10:00+09' + make_interval(days => k * 7), TIMESTAMPTZ '2025-03-03 12:00+09' + make_interval(days => k * 7), 'https://x.test',
              'J' || substr(md5(ps.id::text || k), 1, 7)
         FROM ps, generate_series(0, 9) k RETURNING id, programme_id),
     es AS (
       INSERT INTO enrolment (programme_id, participant_id, organization_id, status, age_band) SELECT id, $4, $3, 'ENROLLED', 'AGE_40_64' FROM ps RETURNING id, programme_id)
     INSERT INTO attendance (session_id, enrolment_id, status, minutes) SELECT ss.id, es.id, 'PRESENT', 120 FROM ss JOIN es ON es.programme_id = ss.programme_id`,
    [initiative!.id, initiative!.stream_id, nam!.id, person.id],
  );
  await db.query('COMMIT');
  await db.query('ANALYZE');
  const [session] = (await db.query("SELECT id FROM programme_session WHERE check_in_code = 'S05000'")).rows as Array<{ id: string }>;
  return { session: session!.id, person: person.id };
}

export async function benchLink(apiRoot: string, repoRoot: string): Promise<{ rows: LatencyRow[]; notes: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lalaland-bench-link-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    NODE_ENV: 'production',
    SECOND_FACTOR_REQUIRED: 'false', // demo logins sign in with their password (the second factor is production's default)
    PII_KEY: '7'.repeat(64),
    SEED_DEMO_DATA: 'true',
    PORT: String(port),
  };
  const child = spawn(process.execPath, [join(apiRoot, 'dist/main.js')], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await waitFor(child, 'portal and API ready', 120_000);
    const pgPort = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
      .split('\n')[3]!
      .trim();
    const { owner } = JSON.parse(readFileSync(join(dataDir, 'postgres-credentials.json'), 'utf8')) as { owner: string };
    const db = new Client({ connectionString: `postgres://postgres:${owner}@127.0.0.1:${pgPort}/lalaland` });
    await db.connect();
    const t0 = Date.now();
    const { session, person } = await seedScale(db);
    const counts = (
      await db.query(
        'SELECT (SELECT count(*) FROM mentor)::int AS mentors, (SELECT count(*) FROM mentor_assignment)::int AS assignments, (SELECT count(*) FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN participant p ON p.id = e.participant_id WHERE p.pseudonym_key = $1)::int AS attendance',
        ['JOURNEY1'],
      )
    ).rows[0] as { mentors: number; assignments: number; attendance: number };
    await db.end();
    const url = `http://127.0.0.1:${port}/graphql`;
    const signIn = await gql(
      url,
      'mutation { signIn(input: { email: "nam.staff@lalaland.test", password: "lalaland2025" }) { user { id } } }',
      {},
    );
    const cookie = (signIn.res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const rows = [
      await latency(
        `mentor suggestions for one session (${counts.mentors.toLocaleString('en')} mentors, ${counts.assignments.toLocaleString('en')} assignments)`,
        () =>
          gql(
            url,
            'query($s: ID!) { mentorSuggestions(sessionId: $s, skills: ["AI"], limit: 10) { score matchedSkills weekMinutes mentor { id } } }',
            { s: session },
            cookie,
          ),
      ),
      await latency(`the journey of a person with 50 enrolments and ${counts.attendance} attendance rows`, () =>
        gql(url, 'query($id: ID!) { participant(id: $id) { journey { at kind title status hours link } } }', { id: person }, cookie),
      ),
    ];
    return {
      rows,
      notes: [
        `Scale data inserted in ${((Date.now() - t0) / 1000).toFixed(1)} s beside the demo data. One client, sequential requests after 30 warm-up requests; targets: suggestions p95 < 50 ms, journey p95 < 30 ms.`,
      ],
    };
  } finally {
    await stop(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function latencyTable(rows: LatencyRow[]): string {
  const lines = ['| scenario | requests | p50 ms | p95 ms | p99 ms |', '|---|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.scenario} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.p99} |`);
  return lines.join('\n');
}
