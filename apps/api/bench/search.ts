/**
 * `npm run bench -- search [--write]`: on the `npm run seed:scale` data set (500 programmes, 100,000 participants,
 * 1,000,000 attendance rows), every request computed (RESPONSE_CACHE=off), one client, sequential requests:
 *   - search as the portal asks for it, for the words staff type (one and two Korean words, a name, a key): p95 < 50 ms;
 *   - the ministry's side-by-side of every stream's KPIs against their targets (the consortium dashboard): p95 < 50 ms.
 * BENCH_DATA_DIR keeps the seeded data between runs (as for `learn`).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stop, waitFor } from './processes';
import { gql, signInAs } from './load';
import { latency, type LatencyRow } from './link';
import { scaleEnv, seedScale, startApi } from './learn';

const SEARCH = `query($q: String!, $kind: SearchKind) { search(text: $q, limit: 50, kind: $kind) { kind id title detail link at } }`;
const SIDE_BY_SIDE = `{ kpiDashboard(kind: CONSORTIUM, year: 2025) { streams { id code nameKo } figures { code actual target achievement }
  streamFigures { stream { id code nameKo nameEn } figures { code actual suppressed target achievement } } } }`;

export async function benchSearch(apiRoot: string, repoRoot: string): Promise<{ rows: LatencyRow[]; notes: string[] }> {
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'lalaland-bench-search-'));
  const env = scaleEnv(dataDir);
  const notes = [await seedScale(apiRoot, repoRoot, env, !kept)];
  const rows: LatencyRow[] = [];
  let child: ChildProcess | null = null;
  try {
    const port = await freePort();
    child = startApi(apiRoot, repoRoot, { ...env, RESPONSE_CACHE: 'off' }, port);
    await waitFor(child, 'portal and API ready', 120_000);
    const url = `http://127.0.0.1:${port}/graphql`;
    const city = await signInAs(url, 'city.admin@lalaland.test');
    const saha = await signInAs(url, 'saha.staff@lalaland.test');
    const viewer = await signInAs(url, 'viewer@lalaland.test');
    const search = async (cookie: string, q: string, kind?: string) => {
      const r = await gql(url, SEARCH, { q, kind }, cookie);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data.search as unknown[];
    };
    const { data } = await gql(
      url,
      'mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { pseudonymKey } }',
      {
        i: {
          name: '검색시험',
          birthYear: 1960,
          confirmedNew: true,
          consent: { given: true, items: ['NAME', 'BIRTH_YEAR'], retentionUntil: '2030-12-31' },
        },
      },
      saha,
    );
    const key = data.registerParticipant.pseudonymKey as string;
    const cases: Array<[string, string, string, string?]> = [
      ['city admin: "디지털" (one word, every kind)', city, '디지털'],
      ['city admin: "과정" (two syllables, 500+ programmes match)', city, '과정'],
      ['city admin: "시험 과정" (two words, 500 programmes match)', city, '시험 과정'],
      ['saha staff: "시험참여자" (a name shared by Saha’s ~6,000 participants)', saha, '시험참여자'],
      ['saha staff: "시험참여자12" (one person among them)', saha, '시험참여자12'],
      ['saha staff: a pseudonymous key', saha, key],
      ['city admin: "과정", programmes only', city, '과정', 'PROGRAMME'],
    ];
    for (const [name, cookie, q, kind] of cases) {
      const found = (await search(cookie, q, kind)).length;
      rows.push(await latency(`search, ${name} → ${found} shown`, () => search(cookie, q, kind), 300));
    }
    const side = await gql(url, SIDE_BY_SIDE, {}, viewer);
    if (side.errors) throw new Error(JSON.stringify(side.errors));
    const streams = side.data.kpiDashboard.streamFigures.length as number;
    rows.push(
      await latency(
        `the ministry’s side-by-side: ${streams} streams’ KPIs against their targets (consortium dashboard)`,
        () => gql(url, SIDE_BY_SIDE, {}, viewer),
        300,
      ),
    );
    notes.push(
      'Every request computed (RESPONSE_CACHE=off). Targets: search p95 < 50 ms over the scale data set (issue 28, item 3); the side-by-side p95 < 50 ms.',
    );
  } finally {
    if (child) await stop(child);
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
  return { rows, notes };
}
