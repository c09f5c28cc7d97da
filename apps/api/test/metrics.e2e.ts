import { Metrics } from '../src/core/metrics/metrics';
import { TestApp, startTestApp } from './support/app';

const LIST = '{ programmes(limit: 5) { totalCount items { id titleKo } } }';

/** One sample line of the text format: its name, labels and value. */
function samples(text: string) {
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((line) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
      return { name: m[1]!, labels: labels as Record<string, string>, value: Number(m[3]) };
    });
}

describe('metrics: what an operator scrapes, on its own port, with bounded labels and no personal data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp([], { METRICS_PORT: '0', METRICS_HOST: '127.0.0.1' });
  });
  afterAll(() => t.close());

  const scrape = async () => {
    const port = t.app.get(Metrics).port;
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  it('after a few operations, the series are there with the right labels, and no one’s name, address or id is in a label', async () => {
    const staff = await t.as('saha.staff@lalaland.test');
    await staff.gql(LIST);
    const hit = await staff.gql(LIST);
    expect(hit.headers.get('x-lalaland-cache')).toBe('hit');
    await staff.gql('{ participants(limit: 3) { items { id personal { name phone } } } }');
    // a refused sign-in carrying a person's address, and an unknown programme
    const stranger = t.client();
    await stranger.gql('mutation { signIn(input: { email: "kim.minji@example.com", password: "wrong-password" }) { role } }');
    await staff.gql('query KimMinji01012345678 { programme(id: "00000000-0000-4000-8000-000000000000") { id } }');

    const text = await scrape();
    const all = samples(text);
    const find = (name: string, labels: Record<string, string>) =>
      all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));

    expect(
      find('lalaland_graphql_request_duration_seconds_count', { operation: 'programmes', kind: 'query', outcome: 'ok', cache: 'hit' })
        ?.value,
    ).toBeGreaterThanOrEqual(1);
    expect(
      find('lalaland_graphql_request_duration_seconds_count', { operation: 'programmes', kind: 'query', outcome: 'ok', cache: 'miss' })
        ?.value,
    ).toBeGreaterThanOrEqual(1);
    expect(
      find('lalaland_graphql_request_duration_seconds_bucket', { operation: 'participants', le: '+Inf' })?.value,
    ).toBeGreaterThanOrEqual(1);
    expect(find('lalaland_graphql_errors_total', { operation: 'signIn', code: 'INVALID_CREDENTIALS' })?.value).toBe(1);
    expect(find('lalaland_graphql_errors_total', { operation: 'programme', code: 'PROGRAMME_NOT_FOUND' })?.value).toBe(1);
    expect(find('lalaland_sign_in_refusals_total', { reason: 'INVALID_CREDENTIALS' })?.value).toBe(1);
    expect(find('lalaland_response_cache_requests_total', { result: 'hit' })?.value).toBeGreaterThanOrEqual(1);
    expect(find('lalaland_response_cache_bytes', {})?.value).toBeGreaterThan(0);
    for (const state of ['due', 'scheduled', 'dead']) expect(find('lalaland_outbox_messages', { state })).toBeDefined();
    expect(find('lalaland_outbox_oldest_due_seconds', {})).toBeDefined();
    expect(find('lalaland_db_pool_connections', { state: 'in_use' })).toBeDefined();
    expect(find('lalaland_db_pool_waiting_requests', {})).toBeDefined();
    expect(find('lalaland_nodejs_eventloop_lag_p99_seconds', {})).toBeDefined();
    for (const name of [
      'lalaland_text_messages_total',
      'lalaland_emails_total',
      'lalaland_rate_limited_total',
      'lalaland_report_runs_total',
      'lalaland_db_statement_timeouts_total',
    ])
      expect(text).toContain(`# TYPE ${name} counter`);

    // nothing a person typed, nobody's address or number, no record's id
    expect(text).not.toMatch(/kim\.minji|example\.com|KimMinji|01012345678|saha\.staff/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const labelValues = new Set(all.flatMap((s) => Object.values(s.labels)));
    for (const v of labelValues) expect(v).toMatch(/^[\w.+:\-/ ]*$/);
  });

  it('a rate limit’s refusals are counted by the route that answered', async () => {
    const m = t.app.get(Metrics);
    const before = (await m.registry.getSingleMetricAsString('lalaland_rate_limited_total')).includes('route="graphql"');
    expect(before).toBe(false);
    const limited = await startTestApp([], { METRICS_PORT: '0', METRICS_HOST: '127.0.0.1', CREDENTIAL_REQUESTS_PER_MINUTE: '2' });
    try {
      const c = limited.client();
      for (let i = 0; i < 4; i++) await c.gql('mutation { signIn(input: { email: "nobody@lalaland.test", password: "x" }) { role } }');
      const text = await limited.app.get(Metrics).registry.getSingleMetricAsString('lalaland_rate_limited_total');
      expect(text).toMatch(/lalaland_rate_limited_total\{route="graphql"\} [12]/);
    } finally {
      await limited.close();
    }
  });

  it('is served only on its own port: the public port has no /metrics; other paths there answer 404', async () => {
    const pub = await fetch(`${t.url}/metrics`);
    expect(pub.status).not.toBe(200);
    expect(await pub.text()).not.toContain('lalaland_graphql');
    const port = t.app.get(Metrics).port;
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});
