/**
 * Lighthouse (mobile, its simulated slow 4G and mid-range phone) on pages of a running server: performance,
 * accessibility, best practices, SEO and the largest contentful paint, the way search engines and phones see them.
 * Runs the browser the browser tests use: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the Chromium packaged in
 * @sparticuz/chromium (a dependency of the portal's browser tests), headless.
 */
import { existsSync } from 'node:fs';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  bytes: number;
}

// Lighthouse and chrome-launcher are ES modules: a real dynamic import (the bench is compiled to CommonJS).
const esm = new Function('s', 'return import(s)') as <T>(s: string) => Promise<T>;

export async function lighthouseScores(origin: string, pages: Array<[name: string, path: string]>): Promise<LighthouseRow[]> {
  const chromePath =
    process.env.CHROMIUM_PATH ??
    (existsSync('/usr/bin/chromium')
      ? '/usr/bin/chromium'
      : await esm<{ default: { executablePath(): Promise<string> } }>('@sparticuz/chromium').then((m) => m.default.executablePath()));
  const { launch } = await esm<{ launch(o: object): Promise<{ port: number; kill(): Promise<void> | void }> }>('chrome-launcher');
  const lighthouse = (await esm<{ default: (url: string, flags: object) => Promise<{ lhr: Lhr } | undefined> }>('lighthouse')).default;
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const [page, path] of pages) {
      const r = await lighthouse(origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!r) throw new Error(`lighthouse gave no result for ${path}`);
      const c = r.lhr.categories;
      const row = {
        page,
        performance: Math.round((c.performance?.score ?? 0) * 100),
        accessibility: Math.round((c.accessibility?.score ?? 0) * 100),
        bestPractices: Math.round((c['best-practices']?.score ?? 0) * 100),
        seo: Math.round((c.seo?.score ?? 0) * 100),
        lcpMs: Math.round(r.lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        bytes: Math.round(r.lhr.audits['total-byte-weight']?.numericValue ?? 0),
      };
      console.log(
        `lighthouse ${page.padEnd(28)} performance ${row.performance}  accessibility ${row.accessibility}  best practices ${row.bestPractices}  SEO ${row.seo}  LCP ${row.lcpMs} ms  ${(row.bytes / 1024).toFixed(1)} KiB`,
      );
      rows.push(row);
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

interface Lhr {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}
