import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { createTestDatabase, TEST_PII_KEY } from './support/db';
import { redactPath } from '../src/core/tracing';

interface Span {
  name: string;
  kind: number;
  status?: { code?: number };
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}

/**
 * Traces leave the built server (what runs in production: instrumentation wraps `http` and `pg` as they load, which
 * Jest's module loader would bypass) over OTLP/HTTP to a collector started here; without an endpoint, none.
 */
describe('tracing: OpenTelemetry spans over OTLP when an endpoint is configured', () => {
  const root = join(__dirname, '..');
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let collector: Server;
  let server: ChildProcess | null = null;
  const spans: Span[] = [];
  let collectorUrl = '';

  beforeAll(async () => {
    // The server under test is the built one: build it now, so the test never runs an older build.
    const built = spawnSync(
      process.execPath,
      [require.resolve('@swc/cli/bin/swc.js'), 'src', '-d', 'dist', '--strip-leading-paths', '-q'],
      { cwd: root },
    );
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
    db = await createTestDatabase();
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces' && req.headers['content-type']?.includes('json')) {
          const sent = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: Span[] }> }> };
          for (const r of sent.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    collectorUrl = `http://127.0.0.1:${(collector.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server?.kill('SIGTERM');
    if (collector) await new Promise<void>((resolve) => collector.close(() => resolve()));
    await db?.drop();
  });

  async function start(extra: Record<string, string>): Promise<string> {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [join(root, 'dist/main.js')], {
      cwd: join(root, '../..'),
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: db.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_DIST: '/nonexistent',
        PII_KEY: TEST_PII_KEY,
        METRICS_PORT: 'off',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        OUTBOX_POLL_MS: '200',
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`not ready:\n${out}`)), 60_000);
      const seen = (d: Buffer) => {
        out += d.toString();
        if (out.includes('portal and API ready')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', seen);
      child.stderr!.on('data', seen);
      child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
    });
    return `http://127.0.0.1:${port}`;
  }

  const attr = (s: Span, key: string) => {
    const v = s.attributes.find((a) => a.key === key)?.value;
    return v ? Object.values(v)[0] : undefined;
  };

  it('a request, its statements and an outbox delivery arrive as spans, without the client’s address, browser or link tokens', async () => {
    const url = await start({
      OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_SERVICE_NAME: 'lalaland-api-test',
    });
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'KimMinji-Phone/1.0' },
      body: JSON.stringify({ query: '{ ping }' }),
    });
    expect(res.status).toBe(200);
    await fetch(`${url}/my/follow-up/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789?x=01012345678`);
    // After-commit work for a handler this app lacks: its delivery fails, and its span says so.
    const sql = new PgClient({ connectionString: db.url });
    await sql.connect();
    await sql.query(`INSERT INTO outbox_message (event, handler, payload, origin) VALUES ('tracing.probe', 'tracing-probe', '{}', '{}')`);
    await sql.end();
    const deadline = Date.now() + 15_000;
    const has = () =>
      spans.some((s) => s.kind === 2 && attr(s, 'http.request.method') === 'POST') &&
      spans.some((s) => /^pg\.query|^SELECT|^INSERT/.test(s.name)) &&
      spans.some((s) => s.name === 'outbox tracing-probe');
    while (!has() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(has()).toBe(true);
    const outbox = spans.find((s) => s.name === 'outbox tracing-probe')!;
    expect(outbox.status?.code).toBe(2); // ERROR
    const text = JSON.stringify(spans);
    expect(text).not.toContain('KimMinji');
    expect(text).not.toContain('AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
    expect(text).not.toContain('01012345678');
    expect(text).not.toMatch(/"client\.address"|"network\.peer\.address"/);
    const paths = spans.map((s) => attr(s, 'url.path') ?? attr(s, 'http.target')).filter(Boolean);
    expect(paths).toContain('/my/follow-up/:id');
  });

  it('without an endpoint nothing is exported', async () => {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    const before = spans.length;
    const url = await start({});
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ping }' }),
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(spans.length).toBe(before);
  });

  it('paths lose their query strings and long segments', () => {
    expect(redactPath('/my/check-in/6f1c2b7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f?t=123')).toBe('/my/check-in/:id');
    expect(redactPath('/graphql')).toBe('/graphql');
    expect(redactPath('/apply/12345678')).toBe('/apply/:id');
  });
});
