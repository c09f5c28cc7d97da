/**
 * `npm run bench -- hostile [--write]`: what one caller can do to an API process's memory and event loop (hardening
 * 2, items 1 and 2; the latency figures the limit tests no longer time), on a fresh embedded PostgreSQL with the demo:
 *   - resident memory before and after 50,000 requests that each carry a distinct 99,000-character variable the query
 *     does not declare (the review's attack: 0.5 → 4.0 GB and a crash before the fix), 8 connections;
 *   - the same with 50,000 distinct values of a declared variable (each a new answer to keep): bounded by the LRU;
 *   - a new request's latency with 3,000 answers kept (review: ~107 ms with long same-length keys, 6 ms with none);
 *   - GraphQL and /health answered while 300 sign-ins are hashed, and while a 200,000-row roster file is refused.
 */
import { readFileSync } from 'node:fs';
import { startDemoServer } from './processes';
import { strToU8, zipSync } from 'fflate';
import { ROSTER_COLUMNS } from '@lalaland/shared';
import { signInAs } from './load';
import { latency, type LatencyRow } from './link';

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { role } }';

/** p50/p95/p99 of sorted probe times, as a latency row. */
function quantiles(scenario: string, sorted: number[]): LatencyRow {
  const q = (p: number) => +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1);
  const row = { scenario: `${scenario} (${sorted.length} probes)`, requests: sorted.length, p50: q(50), p95: q(95), p99: q(99) };
  console.log(`${row.scenario.padEnd(70)} p50 ${row.p50} ms  p95 ${row.p95} ms  p99 ${row.p99} ms`);
  return row;
}

const ORGS = 'query Orgs($limit: Int) { organizations(limit: $limit) { items { id } } }';
const SEARCH = 'query Find($q: String) { organizations(search: $q, limit: 1) { totalCount } }';

const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
};

/** `total` requests from `concurrency` workers; `body(i)` makes the i-th. Returns the statuses seen. */
async function flood(
  url: string,
  cookie: string,
  total: number,
  concurrency: number,
  body: (i: number) => string,
): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: body(i) });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

export async function benchHostile(apiRoot: string, repoRoot: string): Promise<{ rows: LatencyRow[]; notes: string[] }> {
  const server = await startDemoServer(apiRoot, repoRoot, 'hostile');
  const child = server.child;
  const notes: string[] = [];
  const rows: LatencyRow[] = [];
  try {
    const url = `${server.origin}/graphql`;
    const viewer = await signInAs(url, 'viewer@lalaland.test');
    const one = (query: string, variables: () => Record<string, unknown>) => async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: viewer },
        body: JSON.stringify({ query, variables: variables() }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (res.status !== 200 || body.errors) throw new Error(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    };
    await flood(url, viewer, 500, 8, () => JSON.stringify({ query: ORGS, variables: { limit: 1 } }));
    const base = rssMb(child.pid!);
    const filler = 'x'.repeat(99_000);
    const t0 = Date.now();
    const undeclared = await flood(url, viewer, 50_000, 8, (i) =>
      JSON.stringify({ query: ORGS, variables: { limit: 1, p: filler.slice(0, 99_000 - (i % 90_000)) + i } }),
    );
    const undeclaredMb = rssMb(child.pid!);
    notes.push(
      `50,000 requests with a distinct undeclared 9–99 KB variable, 8 connections: resident memory ${base} → ${undeclaredMb} MB in ${((Date.now() - t0) / 1000).toFixed(0)} s; statuses ${JSON.stringify(Object.fromEntries(undeclared))} (before the fix: 0.5 → 4.0 GB and a crash after ~50,000)`,
    );
    const t1 = Date.now();
    const declared = await flood(url, viewer, 50_000, 8, (i) =>
      JSON.stringify({ query: SEARCH, variables: { q: `기관${i}`.padEnd(90, '가') } }),
    );
    notes.push(
      `50,000 requests with distinct values of a declared variable (each answer a new entry): resident memory ${rssMb(child.pid!)} MB after ${((Date.now() - t1) / 1000).toFixed(0)} s (at most 5,000 answers and 64 MB are kept); statuses ${JSON.stringify(Object.fromEntries(declared))}`,
    );
    // 3,000 kept answers of one length, then a new request each time: its latency is what a lookup costs now.
    await flood(url, viewer, 3_000, 8, (i) => JSON.stringify({ query: SEARCH, variables: { q: `검색${String(i).padStart(6, '0')}` } }));
    let n = 0;
    rows.push(
      await latency(
        'a new request (a miss) with 3,000 answers kept',
        one(SEARCH, () => ({ q: `새검색${String(n++).padStart(6, '0')}` })),
      ),
    );
    rows.push(
      await latency(
        'a kept answer (a hit) with 3,000 answers kept',
        one(SEARCH, () => ({ q: '검색000001' })),
      ),
    );
    const counted = [...undeclared.values(), ...declared.values()].reduce((a, b) => a + b, 0);
    if (counted !== 100_000) throw new Error(`answers missing: ${counted}`);
    // A sign-in flood: 300 wrong passwords at once (argon2 hashes, at most 2 at a time); GraphQL and /health probed meanwhile.
    const probe = async (path: string, body?: string) => {
      const t0 = performance.now();
      const res = await fetch(
        `${server.origin}${path}`,
        body ? { method: 'POST', headers: { 'content-type': 'application/json', cookie: viewer }, body } : {},
      );
      await res.arrayBuffer();
      return performance.now() - t0;
    };
    const during = async (work: Promise<unknown>, path: string, body?: string) => {
      let busy = true;
      void work.finally(() => (busy = false));
      const times: number[] = [];
      while (busy) {
        const ms = await probe(path, body);
        if (busy) times.push(ms);
        await new Promise((r) => setTimeout(r, 20));
      }
      await work;
      return times.sort((a, b) => a - b);
    };
    const wrong = (i: number) =>
      JSON.stringify({ query: SIGN_IN, variables: { email: `flood${i}@example.kr`, password: 'wrong-password-1' } });
    const signIns = () =>
      Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: wrong(i) }).then((r) => r.arrayBuffer()),
        ),
      );
    rows.push(
      quantiles(
        'GraphQL `{ fundingStreams }` while 300 sign-ins are hashed',
        await during(signIns(), '/graphql', JSON.stringify({ query: '{ fundingStreams { id } }' })),
      ),
    );
    rows.push(quantiles('GET /health while 300 sign-ins are hashed', await during(signIns(), '/health')));
    // A roster bomb (200,000 CSV rows) read off the event loop; /health probed meanwhile.
    const saha = await signInAs(url, 'saha.staff@lalaland.test');
    const [programme] = (
      (await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: saha },
          body: JSON.stringify({ query: '{ programmes(limit: 1) { items { id } } }' }),
        })
      ).json()) as {
        data: { programmes: { items: Array<{ id: string }> } };
      }
    ).data.programmes.items;
    // 64 MB of XML in a 64 KB zip: read (and refused) in the worker, off the event loop
    const header = `<row r="1">${ROSTER_COLUMNS.map((c, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${c.ko}</t></is></c>`).join('')}</row>`;
    const sheet = `<?xml version="1.0"?><worksheet><sheetData>${header}<row r="2"><c r="B2" t="inlineStr"><is><t>a</t></is></c></row>${' '.repeat(64 * 1024 * 1024)}</sheetData></worksheet>`;
    const xlsx = Buffer.from(
      zipSync(
        { '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'), 'xl/worksheets/sheet1.xml': strToU8(sheet) },
        { level: 9 },
      ),
    );
    const bomb = fetch(`${server.origin}/imports/programmes/${programme!.id}/roster?dryRun=true&retentionUntil=2030-12-31`, {
      method: 'POST',
      headers: { cookie: saha, 'content-type': 'application/octet-stream' },
      body: xlsx,
    }).then((r) => r.arrayBuffer());
    rows.push(quantiles('GET /health while a roster file of 64 MB of XML (64 KB zipped) is refused', await during(bomb, '/health')));
    for (const n of notes) console.log(n);
  } finally {
    await server.close();
  }
  return { rows, notes };
}
