// Load helpers the benchmark scenarios share: options from the command line, one GraphQL call, one autocannon measurement.
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
export const DURATION = option('duration', 10);
export const CONNECTIONS = option('connections', 50);
export const WRITE = args.includes('--write');
export const which = args.find((a) => !a.startsWith('--')) ?? 'all';

export interface Row {
  server: string;
  scenario: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${query} → ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { body, res };
}

/** Checks the answer once, warms up, then measures. Non-2xx answers count as errors. */
export async function measure(
  server: string,
  scenario: string,
  url: string,
  query: string,
  headers: Record<string, string> = {},
): Promise<Row> {
  await post(url, query, headers);
  const opts = {
    url,
    method: 'POST' as const,
    connections: CONNECTIONS,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  };
  await autocannon({ ...opts, duration: 2 });
  const r = await autocannon({ ...opts, duration: DURATION });
  const row = {
    server,
    scenario,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
  };
  console.log(
    `${server.padEnd(28)} ${scenario.padEnd(34)} ${String(row.rps).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}`,
  );
  return row;
}

export async function gql(url: string, query: string, variables: Record<string, unknown>, cookie: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a loosely typed client for the bench's own calls
  return (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
}

export async function signInAs(url: string, email: string): Promise<string> {
  const r = await post(url, `mutation { signIn(input: { email: "${email}", password: "lalaland2025" }) { role } }`);
  return r.res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

export const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
