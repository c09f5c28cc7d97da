import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/app';

describe('security headers on every kind of answer', () => {
  let web: string;
  const apps: TestApp[] = [];
  beforeAll(() => {
    web = mkdtempSync(join(tmpdir(), 'lalaland-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>LA-LA LAnd</title>');
    writeFileSync(join(web, 'assets', 'app-abc.js'), 'export {};');
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    rmSync(web, { recursive: true, force: true });
  });

  const fetchAll = async (t: TestApp) =>
    Promise.all(
      [
        ['/', { accept: 'text/html' }],
        ['/admin/graphql', { accept: 'text/html' }],
        ['/assets/app-abc.js', {}],
        ['/graphql', { 'content-type': 'application/json' }, '{"query":"{ __typename }"}'],
        ['/health', {}],
        ['/exports/programmes/x/roster.csv', {}],
      ].map(async ([path, headers, body]) => ({
        path,
        res: await fetch(`${t.url}${path as string}`, {
          method: body ? 'POST' : 'GET',
          headers: headers as Record<string, string>,
          body: body as string | undefined,
        }),
      })),
    );

  it('a strict CSP (scripts from this origin only, no framing), Permissions-Policy, COOP, CORP, nosniff; no HSTS over plain http', async () => {
    const t = await startTestApp([], { WEB_DIST: web });
    apps.push(t);
    for (const { path, res } of await fetchAll(t)) {
      const h = res.headers;
      const csp = h.get('content-security-policy') ?? '';
      expect({
        path,
        script: /script-src 'self'(;|$)/.test(csp),
        frames: csp.includes("frame-ancestors 'none'"),
        objects: csp.includes("object-src 'none'"),
      }).toEqual({
        path,
        script: true,
        frames: true,
        objects: true,
      });
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect({
        path,
        pp: h.get('permissions-policy'),
        coop: h.get('cross-origin-opener-policy'),
        corp: h.get('cross-origin-resource-policy'),
        nosniff: h.get('x-content-type-options'),
        hsts: h.get('strict-transport-security'),
      }).toEqual({
        path,
        pp: expect.stringContaining('camera=()'),
        coop: 'same-origin',
        corp: 'same-origin',
        nosniff: 'nosniff',
        hsts: null,
      });
    }
  });

  it('HSTS when the public origin is https', async () => {
    const t = await startTestApp([], { WEB_DIST: web, PUBLIC_URL: 'https://lalaland.example.kr' });
    apps.push(t);
    for (const { path, res } of await fetchAll(t))
      expect({ path, hsts: res.headers.get('strict-transport-security') }).toEqual({ path, hsts: 'max-age=31536000; includeSubDomains' });
  });
});
