/**
 * `npm run bench -- rls`: the cost of the database's second wall (row-level security, docs/adr/0016) on the three list
 * pages of `learn`, computed every time (RESPONSE_CACHE=off) as the city's admin on the `seed:scale` data set: the API
 * with scoped personal-data reads and the tables' policies (as deployed) against the same API with ROW_SECURITY=off and
 * the policies disabled, in alternating rounds.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, stop, waitFor } from './processes';
import { gql, measure, signInAs, type Row } from './load';
import { PAGES, scaleEnv, seedScale, startApi } from './learn';

const ROUNDS = 2;
/** The tables under the second wall (migration RowSecurity of the privacy module). */
const WALLED = ['participant', 'consent', 'counselling_note', 'enrolment', 'document'];

/** As the owner: the policies switched off (the comparison) or back on, on the running embedded PostgreSQL. */
async function policies(dataDir: string, on: boolean): Promise<void> {
  const port = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
    .split('\n')[3]!
    .trim();
  const { owner } = JSON.parse(readFileSync(join(dataDir, 'postgres-credentials.json'), 'utf8')) as { owner: string };
  const sql = new Client({ connectionString: `postgres://postgres:${owner}@127.0.0.1:${port}/lalaland` });
  await sql.connect();
  try {
    for (const t of WALLED)
      await sql.query(
        on
          ? `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY`
          : `ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY`,
      );
  } finally {
    await sql.end();
  }
}

export async function benchRls(apiRoot: string, repoRoot: string): Promise<{ rows: Row[]; notes: string[] }> {
  const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'lalaland-bench-'));
  const env = scaleEnv(dataDir);
  const notes = [await seedScale(apiRoot, repoRoot, env, !process.env.BENCH_DATA_DIR)];
  const rows: Row[] = [];
  const sums = new Map<string, { on: number; off: number }>();
  for (let round = 0; round < ROUNDS; round++)
    for (const security of ['on', 'off'] as const) {
      const port = await freePort();
      const child: ChildProcess = startApi(apiRoot, repoRoot, { ...env, RESPONSE_CACHE: 'off', ROW_SECURITY: security }, port);
      try {
        await waitFor(child, 'portal and API ready', 120_000);
        // Without the wall: no scoped transactions (ROW_SECURITY=off) and no policies on the tables.
        await policies(dataDir, security === 'on');
        const url = `http://127.0.0.1:${port}/graphql`;
        const lead = await signInAs(url, 'city.admin@lalaland.test');
        const busanId = (await gql(url, '{ me { activeOrganization { id } } }', {}, lead)).data.me.activeOrganization.id as string;
        for (const page of PAGES(busanId)) {
          const row = await measure(`round ${round + 1}, ROW_SECURITY=${security}`, page.name, url, page.ours, { cookie: lead });
          rows.push(row);
          const sum = sums.get(page.name) ?? { on: 0, off: 0 };
          sum[security] += row.rps;
          sums.set(page.name, sum);
        }
      } finally {
        if (security === 'off') await policies(dataDir, true).catch(() => undefined);
        await stop(child);
      }
    }
  for (const [page, { on, off }] of sums)
    notes.push(
      `${page}: ${(on / ROUNDS).toFixed(0)} req/s with the second wall, ${(off / ROUNDS).toFixed(0)} without — cost ${(((off - on) / off) * 100).toFixed(1)} %`,
    );
  return { rows, notes };
}
