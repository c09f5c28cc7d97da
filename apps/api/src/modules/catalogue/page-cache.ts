import { gzipSync } from 'node:zlib';

interface Page {
  status: number;
  html: Buffer;
  gzip: Buffer;
  at: number;
  generation: number;
}

/**
 * Rendered public pages, kept compressed: at most 500 pages and 16 MB, each for 30 s (pages say whether applications are
 * open, which changes with the clock), and all dropped when a table they read changes (the same signal as the response cache).
 */
export class PageCache {
  private readonly pages = new Map<string, Page>();
  private bytes = 0;
  private generation = 0;
  static readonly MAX_PAGES = 500;
  static readonly MAX_BYTES = 16 * 1024 * 1024;
  static readonly MAX_AGE_MS = 30_000;

  forget(): void {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
  }

  /** The generation a page about to be computed belongs to (a change meanwhile means it is not kept). */
  ticket(): number {
    return this.generation;
  }

  get(key: string): Page | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (Date.now() - page.at > PageCache.MAX_AGE_MS) {
      this.drop(key, page);
      return undefined;
    }
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  make(status: number, text: string, ticket: number): Page {
    const html = Buffer.from(text);
    return { status, html, gzip: gzipSync(html), at: Date.now(), generation: ticket };
  }

  keep(key: string, page: Page): void {
    if (page.generation !== this.generation || key.length > 512) return;
    const old = this.pages.get(key);
    if (old) this.drop(key, old);
    const cost = page.html.length + page.gzip.length + key.length;
    while (this.pages.size && (this.pages.size >= PageCache.MAX_PAGES || this.bytes + cost > PageCache.MAX_BYTES)) {
      const [k, p] = this.pages.entries().next().value!;
      this.drop(k, p);
    }
    this.pages.set(key, page);
    this.bytes += cost;
  }

  private drop(key: string, page: Page): void {
    this.pages.delete(key);
    this.bytes -= page.html.length + page.gzip.length + key.length;
  }

  size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }
}
