import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permission.decorator';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { LiveEvents } from '../../core/live/live-events';
import { StatementLog, logStatements } from '../../core/database/statement-log';
import { ReadSet, ReadTables } from '../../core/database/tables-read';
import { isUuid } from '../../core/graphql/pagination';
import { CatalogueService } from './catalogue.service';
import { one, parseFilters, type Raw } from './catalogue-filters';
import { PageCache } from './page-cache';
import { esc, listPage, notFoundPage, programmePage } from './pages';
import { OpenDataService } from './open-data';

/**
 * The public door's pages: the catalogue, a programme, robots.txt and the sitemap. No sign-in, no personal data, no
 * script; answered from a small cache of compressed pages that a change to a table they read empties on every replica.
 */
@Controller()
export class CatalogueController {
  private readonly cache = new PageCache();
  private readonly reads: ReadSet;
  private rendering = 0;

  constructor(
    private readonly catalogue: CatalogueService,
    private readonly openData: OpenDataService,
    private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tables: ReadTables,
  ) {
    this.reads = new ReadSet(tables);
    // Pages read what their renders' statements read, and the snapshot's tables; while one renders, any write counts.
    live.onDataChanged((table) => {
      if (this.rendering || this.reads.changedBy(table) || this.catalogue.changedBy(table)) this.cache.forget();
    });
  }

  private async page(req: FastifyRequest, reply: FastifyReply, key: string, render: () => Promise<{ status: number; html: string }>) {
    const synced = await this.live.sync();
    let page = synced ? this.cache.get(key) : undefined;
    if (!page) {
      const ticket = this.cache.ticket();
      const log = new StatementLog();
      this.rendering++;
      try {
        const r = await logStatements(log, render);
        this.reads.add(this.tables.tablesOf(log));
        page = this.cache.make(r.status, r.html, ticket);
      } finally {
        this.rendering--;
      }
      if (synced) this.cache.keep(key, page);
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    reply
      .code(page.status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'public, max-age=30')
      .header('vary', 'accept-encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? page.gzip : page.html);
  }

  @Get('catalogue')
  @Public()
  list(@Query() raw: Raw, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const filters = parseFilters(raw);
    const key = `list:${JSON.stringify(filters)}`;
    return this.page(req, reply, key, async () => ({
      status: 200,
      html: listPage(
        filters,
        filters.qTooLong ? { items: [], total: 0 } : await this.catalogue.list(filters),
        this.config.publicUrl,
        new Date(),
      ),
    }));
  }

  @Get('catalogue/:id')
  @Public()
  one(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const valid = isUuid(id);
    return this.page(req, reply, `one:${valid ? id : '-'}`, async () => {
      const p = valid ? await this.catalogue.one(id) : null;
      return p
        ? { status: 200, html: programmePage(p, this.config.publicUrl, new Date()) }
        : { status: 404, html: notFoundPage(this.config.publicUrl) };
    });
  }

  @Get('robots.txt')
  @Public()
  robots(@Res() reply: FastifyReply) {
    const origin = this.config.publicUrl;
    return reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(`User-agent: *\nAllow: /catalogue\nAllow: /open-data\nDisallow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
  }

  @Get('sitemap.xml')
  @Public()
  async sitemap(@Res() reply: FastifyReply) {
    const origin = esc(this.config.publicUrl);
    const urls = (await this.catalogue.sitemap())
      .map((p) => `<url><loc>${origin}/catalogue/${p.id}</loc><lastmod>${new Date(p.updatedAt).toISOString()}</lastmod></url>`)
      .join('');
    return reply
      .header('content-type', 'application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${origin}/catalogue</loc></url>${urls}</urlset>`,
      );
  }

  /** The national standard course data, whole: CSV (전국평생학습강좌표준데이터, 27 columns). */
  @Get('open-data/courses.csv')
  @Public()
  async standardCsv(@Res() reply: FastifyReply) {
    const { rows } = await this.openData.rows(this.config.publicUrl);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="busan-lifelong-courses.csv"`)
      .header('cache-control', 'public, max-age=300')
      .send(this.openData.csv(rows));
  }

  /** The same as JSON, whole. */
  @Get('open-data/courses.json')
  @Public()
  async standardJson(@Res() reply: FastifyReply) {
    const { rows } = await this.openData.rows(this.config.publicUrl);
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(JSON.stringify(rows));
  }

  /** Paged like the public data portal's APIs: pageNo, numOfRows (1–1000), type=json|xml; bad values are clamped, never an error. */
  @Get('open-data/courses')
  @Public()
  async standardPage(@Query() raw: Raw, @Res() reply: FastifyReply) {
    const int = (v: string, min: number, max: number, fallback: number) => {
      const n = Number.parseInt(v, 10);
      return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
    };
    const pageNo = int(one(raw.pageNo), 1, 100_000, 1);
    const numOfRows = int(one(raw.numOfRows), 1, 1000, 10);
    const { rows, total } = await this.openData.rows(this.config.publicUrl, { offset: (pageNo - 1) * numOfRows, limit: numOfRows });
    reply.header('cache-control', 'public, max-age=300');
    if (one(raw.type).toLowerCase() === 'xml')
      return reply.header('content-type', 'application/xml; charset=utf-8').send(this.openData.xml(rows, pageNo, numOfRows, total));
    return reply.header('content-type', 'application/json; charset=utf-8').send(
      JSON.stringify({
        response: {
          header: { resultCode: '00', resultMsg: 'NORMAL SERVICE.' },
          body: { items: rows, numOfRows, pageNo, totalCount: total },
        },
      }),
    );
  }
}
