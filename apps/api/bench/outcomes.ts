/**
 * `npm run bench -- outcomes [--write]`: the outcomes dashboards, report and public page on the `seed:scale` data set
 * (1,000,000 attendance rows, 100,000 enrolments, 10,000 outcomes, 500 surveys, 100 challenges):
 *   - a stream's whole dashboard as the portal asks for it (every card, breakdown, mix and pair table): p95 < 20 ms,
 *     and again after 900,000 attendance rows are deleted (through the triggers): no more than 2× apart;
 *   - the Ministry result report for the stream, generated in the background: < 10 s, its progress moving;
 *   - the public progress page under load (autocannon): ≥ 1,000 req/s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { freePort, stop, waitFor } from './processes';
import { latency, type LatencyRow } from './link';

/** The portal's dashboard query (apps/web/src/modules/kpis/graphql/kpis.ts), every field. */
const DASHBOARD = `query($streamId: ID) { kpiDashboard(kind: STREAM, streamId: $streamId, year: 2025) {
  kind year quarter suppressed organizationId streams { id code nameKo nameEn }
  figures { code actual suppressed target baseline achievement }
  breakdowns { dimension rows { key labelKo labelEn participants enrolments completions learningHours } total { participants enrolments completions learningHours } }
  streamFigures { stream { id } figures { code actual } }
  programmeMix { id title people mixIndex } activityMix { id title people mixIndex } mentorPairs { mentorAgeBand learnerAgeBand pairs } } }`;

async function gql(url: string, query: string, variables: Record<string, unknown>, cookie = '') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of hand-written queries, checked where read
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${query.slice(0, 60)} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { data: body.data!, res };
}

export async function benchOutcomes(apiRoot: string, repoRoot: string): Promise<{ rows: LatencyRow[]; notes: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lalaland-bench-outcomes-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    NODE_ENV: 'production',
    SECOND_FACTOR_REQUIRED: 'false', // demo logins sign in with their password (the second factor is production's default)
    PII_KEY: '6'.repeat(64),
    SEED_DEMO_DATA: 'true',
  };
  const t0 = Date.now();
  const scale = spawn(process.execPath, [join(apiRoot, 'dist/seed/scale.js')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if ((await new Promise<number | null>((resolve) => scale.on('exit', resolve))) !== 0) throw new Error('seed:scale failed');
  const notes = [`seed:scale with outcomes, surveys and challenges (fresh data dir): ${((Date.now() - t0) / 1000).toFixed(1)} s`];
  const port = await freePort();
  const child = spawn(process.execPath, [join(apiRoot, 'dist/main.js')], {
    cwd: repoRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const rows: LatencyRow[] = [];
  try {
    await waitFor(child, 'portal and API ready', 120_000);
    const url = `http://127.0.0.1:${port}`;
    const signIn = await gql(
      url,
      'mutation { signIn(input: { email: "city.admin@lalaland.test", password: "lalaland2025" }) { role } }',
      {},
    );
    const lead = signIn.res.headers.get('set-cookie')!.split(';')[0]!;
    const pgPort = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
      .split('\n')[3]!
      .trim();
    const { owner } = JSON.parse(readFileSync(join(dataDir, 'postgres-credentials.json'), 'utf8')) as { owner: string };
    const db = new Client({ connectionString: `postgres://postgres:${owner}@127.0.0.1:${pgPort}/lalaland` });
    await db.connect();
    try {
      const stream = ((await db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")).rows as Array<{ id: string }>)[0]!.id;
      const count = async () => Number((await db.query('SELECT count(*) AS n FROM attendance')).rows[0].n);
      const cells = async () => Number((await db.query('SELECT count(*) AS n FROM kpi_cell')).rows[0].n);
      const dashboard = () => gql(url, DASHBOARD, { streamId: stream }, lead);
      const first = (await dashboard()).data.kpiDashboard.figures.find((f: { code: string }) => f.code === 'LEARNING_HOURS').actual;
      const big = await latency(
        `stream dashboard, every card (${(await count()).toLocaleString('en-US')} attendance rows, ${(await cells()).toLocaleString('en-US')} roll-up cells)`,
        dashboard,
        300,
      );
      rows.push(big);
      // The same, computed every time: an attendance mark is committed (and its NOTIFY drops the cache) before each read.
      const [mark] = (await db.query('SELECT session_id, enrolment_id FROM attendance LIMIT 1')).rows as Array<{
        session_id: string;
        enrolment_id: string;
      }>;
      let minutes = 0;
      const times: number[] = [];
      for (let i = 0; i < 230; i++) {
        await db.query('UPDATE attendance SET minutes = $3 WHERE session_id = $1 AND enrolment_id = $2', [
          mark!.session_id,
          mark!.enrolment_id,
          (minutes = (minutes + 1) % 120),
        ]);
        await new Promise((r) => setTimeout(r, 15));
        const t = performance.now();
        await dashboard();
        if (i >= 30) times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const at = (p: number) => +times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
      rows.push({
        scenario: 'the same, computed every time (an attendance mark committed before each read drops the cache)',
        requests: times.length,
        p50: at(50),
        p95: at(95),
        p99: at(99),
      });
      console.log(rows[rows.length - 1]);
      // 900,000 marks deleted through the triggers: the roll-ups shrink with them.
      const t1 = Date.now();
      await db.query(`DELETE FROM attendance WHERE abs(hashtext(enrolment_id::text || session_id::text)) % 10 <> 0`);
      notes.push(
        `deleting 90% of the attendance rows through the roll-up triggers: ${((Date.now() - t1) / 1000).toFixed(1)} s; learning hours ${first} → ${(await dashboard()).data.kpiDashboard.figures.find((f: { code: string }) => f.code === 'LEARNING_HOURS').actual}`,
      );
      await db.query('VACUUM ANALYZE attendance');
      await db.query('VACUUM ANALYZE kpi_cell');
      const small = await latency(
        `stream dashboard, every card (${(await count()).toLocaleString('en-US')} attendance rows, ${(await cells()).toLocaleString('en-US')} roll-up cells)`,
        dashboard,
        300,
      );
      rows.push(small);
      notes.push(`dashboard p95 at 1,000,000 rows ÷ at 100,000 rows: ${(big.p95 / small.p95).toFixed(2)} (target ≤ 2)`);

      // The result report, generated in the background; its progress polled every 100 ms.
      const t2 = Date.now();
      const run = (
        await gql(
          url,
          'mutation($s: ID!) { requestReport(input: { streamId: $s, year: 2025, kind: RESULT, narrative: "규모 시험" }) { id } }',
          { s: stream },
          lead,
        )
      ).data.requestReport.id;
      const seen: number[] = [];
      let status = 'QUEUED';
      while (status !== 'DONE' && status !== 'FAILED' && Date.now() - t2 < 60_000) {
        const r = (await gql(url, 'query($id: ID!) { reportRun(id: $id) { status progress } }', { id: run }, lead)).data.reportRun;
        status = r.status;
        if (seen[seen.length - 1] !== r.progress) seen.push(r.progress);
        await new Promise((res) => setTimeout(res, 100));
      }
      const files = (await db.query("SELECT name, size FROM document WHERE record_type = 'REPORT' AND record_id = $1 ORDER BY name", [run]))
        .rows as Array<{ name: string; size: number }>;
      notes.push(
        `the Ministry result report (500 programmes): ${status} in ${((Date.now() - t2) / 1000).toFixed(1)} s from the request (target < 10 s); progress seen: ${seen.join(' → ')}; files: ${files.map((f) => `${f.name} ${(f.size / 1024).toFixed(0)} KB`).join(', ')}`,
      );

      // The public progress page: no sign-in, cached per process until a roll-up or target changes.
      await gql(
        url,
        'mutation($s: ID!) { setKpiTarget(input: { streamId: $s, kpiCode: PARTICIPANTS, year: 2025, target: 120000 }) { id } }',
        { s: stream },
        lead,
      );
      const pub = `${url}/public/progress/LALALAND-2025`;
      if ((await fetch(pub)).status !== 200) throw new Error('public page');
      await autocannon({ url: pub, connections: 50, duration: 2 });
      const r = await autocannon({ url: pub, connections: 50, duration: 10 });
      notes.push(
        `the public progress page, 50 connections for 10 s (autocannon): ${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx} (target ≥ 1,000 req/s)`,
      );
      console.log(notes.join('\n'));
    } finally {
      await db.end();
    }
  } finally {
    await stop(child);
  }
  return { rows, notes };
}
