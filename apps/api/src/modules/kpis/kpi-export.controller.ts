import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Permission } from '@lalaland/shared';
import { Public, RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { KpiExportService } from './kpi-export.service';
import { KpiService } from './kpi.service';
import { DASHBOARD_KINDS } from './kpis.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

@Controller()
export class KpiExportController {
  constructor(
    private readonly exporter: KpiExportService,
    private readonly kpis: KpiService,
  ) {}

  /** A dashboard's figures and breakdowns as XLSX or CSV: the same figures, suppression and access as the screen. */
  @Get('exports/dashboard.:format')
  @RequirePermission(Permission.KpisRead)
  async dashboard(
    @Ctx() ctx: RequestContext,
    @Param('format') format: string,
    @Query() q: Record<string, string | undefined>,
    @Res() reply: FastifyReply,
  ) {
    const int = (v: string | undefined) => (v === undefined || v === '' ? null : /^\d{1,4}$/.test(v) ? Number(v) : NaN);
    const kind = q.kind as (typeof DASHBOARD_KINDS)[number];
    const year = int(q.year);
    const quarter = int(q.quarter);
    if (
      (format !== 'xlsx' && format !== 'csv') ||
      !DASHBOARD_KINDS.includes(kind) ||
      (q.streamId && !UUID.test(q.streamId)) ||
      (q.organizationId && !UUID.test(q.organizationId)) ||
      Number.isNaN(year) ||
      Number.isNaN(quarter)
    ) {
      throw new AppError('VALIDATION_FAILED');
    }
    const { filename, body } = await this.exporter.dashboardFile(
      ctx,
      { kind, streamId: q.streamId || null, organizationId: q.organizationId || null, year, quarter },
      format,
    );
    return reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  /** A stream's public progress (no sign-in, no personal data; small counts suppressed), for the public page. */
  @Get('public/progress/:code')
  @Public()
  async progress(@Param('code') code: string, @Query('year') year: string | undefined, @Res() reply: FastifyReply) {
    const y = year === undefined ? undefined : /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (Number.isNaN(y)) throw new AppError('VALIDATION_FAILED');
    const value = await this.kpis.publicProgress(code, y).catch((err: unknown) => {
      if (err instanceof AppError) return null;
      throw err;
    });
    if (!value) throw new AppError('FUNDING_STREAM_NOT_FOUND');
    return reply
      .header('cache-control', 'public, max-age=30')
      .header('content-type', 'application/json; charset=utf-8')
      .send(JSON.stringify(value));
  }
}
