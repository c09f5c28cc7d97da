/**
 * The learn scenario's mixed workload: several distinct users read the three list pages while a writer changes
 * attendance marks at a fixed rate — what a working day looks like to the read path (staff taking attendance while
 * others read). The same pages, connections and writes against PostGraphile 5 on the same database.
 */
import autocannon from 'autocannon';
import { Client } from 'pg';
import { CONNECTIONS, DURATION, type Row } from './load';

/** The seven demo users who read all three pages (each its own audience: its own kept answers). */
export const READERS = [
  'city.admin@lalaland.test',
  'nam.admin@lalaland.test',
  'nam.staff@lalaland.test',
  'yeonje.admin@lalaland.test',
  'yeonje.staff@lalaland.test',
  'saha.staff@lalaland.test',
  'univ.staff@lalaland.test',
];
/**
 * The write loads: attendance marks at 0, 1, 5 and 50 a second (a table none of the three pages reads), and 5 a
 * second to programme rows (one the programme list reads: every audience's kept list is dropped at each write).
 */
export const WRITE_LOADS: ReadonlyArray<{ perSecond: number; table: 'attendance' | 'programme' }> = [
  { perSecond: 0, table: 'attendance' },
  { perSecond: 1, table: 'attendance' },
  { perSecond: 5, table: 'attendance' },
  { perSecond: 50, table: 'attendance' },
  { perSecond: 5, table: 'programme' },
];
export const loadName = (l: (typeof WRITE_LOADS)[number]) => `${l.perSecond} writes/s to ${l.table}`;

const WRITES = {
  attendance: {
    rows: 'SELECT session_id AS a, enrolment_id AS b FROM attendance ORDER BY marked_at DESC LIMIT 1000',
    write:
      "UPDATE attendance SET status = CASE status WHEN 'PRESENT' THEN 'LATE'::attendance_status ELSE 'PRESENT'::attendance_status END, marked_at = now() WHERE session_id = $1 AND enrolment_id = $2",
  },
  programme: {
    rows: 'SELECT id AS a, id AS b FROM programme ORDER BY starts_on DESC LIMIT 1000',
    write: 'UPDATE programme SET updated_at = now() WHERE id = $1 AND id = $2',
  },
};

export interface MixedTarget {
  server: string;
  url: string;
  /** One entry per reader: the headers it sends (a session cookie, or none) and its three page queries. */
  readers: Array<{ headers: Record<string, string>; queries: string[] }>;
}

/**
 * Writes `perSecond` changes a second to `table` (an UPDATE of one row, a different one each time, through its own
 * connection, as another replica's transaction would be) until stopped; resolves with how many it made.
 */
function writer(database: string, perSecond: number, table: keyof typeof WRITES): { stop: () => Promise<number> } {
  if (!perSecond) return { stop: async () => 0 };
  const sql = new Client({ connectionString: database, application_name: 'bench-writer' });
  let made = 0;
  let running = true;
  const done = (async () => {
    await sql.connect();
    const marks: Array<{ a: string; b: string }> = (await sql.query(WRITES[table].rows)).rows;
    const started = performance.now();
    while (running) {
      const due = started + (made * 1000) / perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (!running) break;
      const m = marks[made % marks.length]!;
      await sql.query(WRITES[table].write, [m.a, m.b]);
      made++;
    }
    await sql.end();
    return made;
  })();
  return {
    stop: async () => {
      running = false;
      return done;
    },
  };
}

/** All readers at once (their connections sum to CONNECTIONS), each cycling through its pages, under `perSecond` writes. */
async function run(target: MixedTarget, database: string, load: (typeof WRITE_LOADS)[number]): Promise<Row> {
  const per = Math.max(1, Math.floor(CONNECTIONS / target.readers.length));
  const instance = (duration: number) =>
    target.readers.map((r) =>
      autocannon({
        url: target.url,
        connections: per,
        duration,
        requests: r.queries.map((query) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json', ...r.headers },
          body: JSON.stringify({ query }),
        })),
      }),
    );
  await Promise.all(instance(2));
  const writes = writer(database, load.perSecond, load.table);
  const results = await Promise.all(instance(DURATION));
  const made = await writes.stop();
  const total = results.reduce((s, r) => s + r.requests.total, 0);
  const seconds = Math.max(...results.map((r) => r.duration));
  const row: Row = {
    server: target.server,
    scenario: `mixed: ${target.readers.length} users × 3 pages, ${loadName(load)} (${made} made)`,
    rps: Math.round(total / seconds),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((s, r) => s + r.errors + r.non2xx + r.timeouts, 0),
  };
  console.log(
    `${row.server.padEnd(28)} ${row.scenario.padEnd(50)} ${String(row.rps).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}`,
  );
  return row;
}

/** Each target under each write load. */
export async function mixedWorkload(targets: MixedTarget[], database: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const load of WRITE_LOADS) for (const target of targets) rows.push(await run(target, database, load));
  return rows;
}
