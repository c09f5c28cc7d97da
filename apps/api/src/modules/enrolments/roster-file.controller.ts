import { Controller, Get, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { RosterFileService } from './roster-file.service';
import { isCalendarDate } from '../../core/graphql/date-time.scalar';
import { ENROLMENTS_FIELDS } from './enrolments.errors';

/**
 * The roster as a file. Export: GET …/roster.xlsx or roster.csv (?reason=… above the organization's bulk threshold). Import: POST the file's bytes (any content type
 * the upload parser takes) to …/roster?dryRun=true|false&retentionUntil=YYYY-MM-DD; the answer is NDJSON: progress
 * lines ({"done","total"}) while rows are processed, then one {"result"} line.
 */
@Controller()
export class RosterFileController {
  private readonly logger = new Logger(RosterFileController.name);
  constructor(private readonly files: RosterFileService) {}

  @Get('exports/programmes/:id/roster.:format')
  @RequirePermission(Permission.ProgrammeRead)
  async export(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Param('format') format: string,
    @Query('reason') reason: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    if (format !== 'xlsx' && format !== 'csv') throw new AppError('PROGRAMME_NOT_FOUND');
    if (reason !== undefined && (typeof reason !== 'string' || reason.length > 500))
      throw new AppError('VALIDATION_FAILED', { fields: [problem('reason', 'maxLength', ENROLMENTS_FIELDS.reasonMaxLength)] });
    const { filename, contentType, body } = await this.files.export(ctx, id, format, reason ?? null);
    return reply
      .header('content-type', contentType)
      .header('content-disposition', `attachment; filename="roster.${format}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  @Post('imports/programmes/:id/roster')
  @RequirePermission(Permission.ParticipantManage)
  async import(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query('dryRun') dryRun: string | undefined,
    @Query('retentionUntil') retentionUntil: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const body = req.body;
    if (!Buffer.isBuffer(body) || !body.length) throw new AppError('IMPORT_FILE_INVALID');
    const retention = isCalendarDate(retentionUntil) ? retentionUntil : null;
    if (!retention) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('retentionUntil', 'isDateString', ENROLMENTS_FIELDS.retentionUntilIsDateString)],
      });
    }
    // Checks that fail before any row is read answer as plain errors; once rows are processed the answer streams.
    let started = false;
    let last = 0;
    const start = () => {
      if (started) return;
      started = true;
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-request-id': String(req.id),
      });
    };
    try {
      const result = await this.files.import(ctx, id, body, { dryRun: dryRun !== 'false', retentionUntil: retention }, (done, total) => {
        start();
        if (done === total || done - last >= 50) {
          last = done;
          reply.raw.write(`${JSON.stringify({ done, total })}\n`);
        }
      });
      start();
      reply.raw.end(`${JSON.stringify({ result })}\n`);
    } catch (err) {
      if (!started) throw err;
      // The status line has gone out: the failure (nothing was saved, the transaction rolled back) is the last line.
      this.logger.error({ err }, 'roster import failed');
      const e = err instanceof AppError ? err : new AppError('INTERNAL_SERVER_ERROR');
      reply.raw.end(`${JSON.stringify({ error: { code: e.code, messages: e.extensions.messages } })}\n`);
    }
  }
}
