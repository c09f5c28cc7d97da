import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FUNDING_SOURCE_LABELS, formatWon, seoulDate } from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { USERS } from '../auth';
import { FundingService } from './funding.service';
import { FundingStream } from './funding-stream.entity';
import type { FundingEvents } from './funding.events';
import type { CloseStreamYearInput, FrozenBudgetRow, SettlementDraft, StreamClosing } from './stream-closing.dto';
import { FUNDING_FIELDS } from './funding.errors';

const won = (v: unknown) => Number(v ?? 0);

/** Planned (its budget lines) and executed (approved expenditures) per source, or per 비목 and source, of one stream year. */
async function executionOf(em: EntityManager, streamId: string): Promise<FrozenBudgetRow[]> {
  const rows = (await em.query(
    `SELECT l.category, l.source, sum(l.planned_amount) AS planned, coalesce(sum(x.executed), 0) AS executed
       FROM budget_line l
       LEFT JOIN (SELECT budget_line_id, sum(amount) AS executed FROM expenditure WHERE status = 'APPROVED' GROUP BY budget_line_id) x
         ON x.budget_line_id = l.id
      WHERE l.stream_id = $1 GROUP BY l.category, l.source ORDER BY l.source, l.category`,
    [streamId],
  )) as Array<FrozenBudgetRow & { planned: string; executed: string }>;
  return rows.map((r) => ({ ...r, planned: won(r.planned), executed: won(r.executed) }));
}

function bySource(rows: FrozenBudgetRow[]): SettlementDraft[] {
  const out = new Map<string, SettlementDraft>();
  for (const r of rows) {
    const s = out.get(r.source) ?? { source: r.source, planned: 0, executed: 0 };
    s.planned += r.planned;
    s.executed += r.executed;
    out.set(r.source, s);
  }
  return [...out.values()];
}

/**
 * Closing a stream's year: the lead's admins settle each source of money (executed + returned + carried over =
 * planned, with reasons), the budget execution by 비목 and source is frozen with it, and the year's records become
 * read-only (a trigger: refuse_closed_year). The modules with year-bound figures freeze theirs through
 * `stream.year_closed` in the same transaction (KPI actuals; the result report kept as submitted), and refuse the close
 * when they cannot. A closed year changes only by a correction: its reason recorded, audited, listed with the closing.
 */
@Injectable()
export class StreamClosingService {
  constructor(
    private readonly tx: Transactions,
    private readonly funding: FundingService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  /** What the settlement form starts from: each source's planned and executed amounts (the lead's admins). */
  async draft(ctx: RequestContext, streamId: string): Promise<SettlementDraft[]> {
    const access = await this.funding.access(ctx, streamId);
    if (!access.manages) throw new AppError('FORBIDDEN');
    return bySource(await executionOf(this.tx.readOwnWrites(ctx), streamId));
  }

  /** A stream's closing as anyone who sees the stream sees it, or null while the year is open. */
  async closingOf(ctx: RequestContext, streamId: string): Promise<StreamClosing | null> {
    return ctx
      .loader<StreamClosing | null>('stream.closing', async (ids) => {
        const db = this.tx.readOwnWrites(ctx);
        const closings = (await db.query(
          `SELECT c.stream_id AS "streamId", c.closed_at AS "closedAt", u.display_name AS "closedBy", c.note, c.figures
             FROM stream_closing c LEFT JOIN ${USERS} u ON u.id = c.closed_by_id WHERE c.stream_id = ANY($1)`,
          [[...ids]],
        )) as Array<{
          streamId: string;
          closedAt: Date;
          closedBy: string | null;
          note: string | null;
          figures: { budget: FrozenBudgetRow[] };
        }>;
        const settlement = (await db.query(
          `SELECT stream_id AS "streamId", source, planned, executed, returned, carried_over AS "carriedOver", reason
             FROM stream_settlement WHERE stream_id = ANY($1) ORDER BY source`,
          [[...ids]],
        )) as Array<Record<string, unknown> & { streamId: string }>;
        const corrections = (await db.query(
          `SELECT k.stream_id AS "streamId", k.at, k.entity_type AS "entityType", k.entity_id AS "entityId", k.reason, u.display_name AS by
             FROM stream_correction k LEFT JOIN ${USERS} u ON u.id = k.user_id WHERE k.stream_id = ANY($1) ORDER BY k.at DESC LIMIT 200`,
          [[...ids]],
        )) as Array<StreamClosing['corrections'][number] & { streamId: string }>;
        return ids.map((id) => {
          const c = closings.find((x) => x.streamId === id);
          if (!c) return null;
          return {
            closedAt: c.closedAt,
            closedBy: c.closedBy,
            note: c.note,
            budget: c.figures.budget,
            settlement: settlement
              .filter((s) => s.streamId === id)
              .map((s) => ({
                source: s.source as SettlementDraft['source'],
                planned: won(s.planned),
                executed: won(s.executed),
                returned: won(s.returned),
                carriedOver: won(s.carriedOver),
                reason: (s.reason as string | null) ?? null,
              })),
            corrections: corrections.filter((k) => k.streamId === id),
          };
        });
      })
      .load(streamId);
  }

  async close(ctx: RequestContext, input: CloseStreamYearInput): Promise<FundingStream> {
    const access = await this.funding.access(ctx, input.streamId);
    if (!access.manages) throw new AppError('FORBIDDEN');
    const stream = access.stream;
    if (seoulDate() <= stream.periodEnd) throw new AppError('STREAM_YEAR_NOT_ENDED', { params: { end: stream.periodEnd } });
    return this.tx.run(ctx, async (em) => {
      await em.query('SELECT id FROM funding_stream WHERE id = $1 FOR UPDATE', [stream.id]);
      const [closed] = (await em.query('SELECT 1 FROM stream_closing WHERE stream_id = $1', [stream.id])) as unknown[];
      if (closed) throw new AppError('STREAM_YEAR_CLOSED');
      const [{ pending }] = (await em.query(
        `SELECT count(*)::int AS pending FROM expenditure WHERE stream_id = $1 AND status = 'SUBMITTED'`,
        [stream.id],
      )) as [{ pending: number }];
      if (pending) throw new AppError('STREAM_YEAR_HAS_PENDING', { params: { n: pending } });
      const budget = await executionOf(em, stream.id);
      const settled = bySource(budget).map((d, i) => {
        const row = input.settlement.find((s) => s.source === d.source);
        const label = FUNDING_SOURCE_LABELS[d.source].ko;
        const remaining = d.planned - d.executed;
        if (!row || row.returned + row.carriedOver !== remaining)
          throw new AppError('SETTLEMENT_MISMATCH', {
            params: { source: label, remaining: formatWon(remaining) },
            fields: [problem(`settlement.${i}.returned`, 'sum', FUNDING_FIELDS.settlementSum)],
          });
        const reason = row.reason?.trim() || null;
        if (remaining > 0 && !reason)
          throw new AppError('VALIDATION_FAILED', {
            fields: [problem(`settlement.${i}.reason`, 'required', FUNDING_FIELDS.settlementReason)],
          });
        return { ...d, returned: row.returned, carriedOver: row.carriedOver, reason };
      });
      await em.query('INSERT INTO stream_closing (stream_id, closed_by_id, note, figures) VALUES ($1, $2, $3, $4)', [
        stream.id,
        ctx.userId,
        input.note?.trim() || null,
        JSON.stringify({ budget }),
      ]);
      for (const s of settled)
        await em.query(
          'INSERT INTO stream_settlement (stream_id, source, planned, executed, returned, carried_over, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [stream.id, s.source, s.planned, s.executed, s.returned, s.carriedOver, s.reason],
        );
      await this.audit.record(ctx, {
        action: 'funding.year_close',
        entityType: 'funding_stream',
        entityId: stream.id,
        organizationId: stream.recipientOrganizationId,
        changes: Object.fromEntries(settled.map((s) => [s.source, [null, `${s.executed}/${s.returned}/${s.carriedOver}`]])),
      });
      const event: FundingEvents['stream.year_closed'] = { streamId: stream.id, fiscalYear: stream.fiscalYear };
      await this.events.publish(ctx, 'stream.year_closed', event);
      return stream;
    });
  }

  /**
   * Lets the current transaction change a closed year's row (the trigger reads the reason), recording the correction;
   * a no-op for a year still open. The caller audits the change itself, naming the reason.
   */
  async allowCorrection(
    ctx: RequestContext,
    em: EntityManager,
    change: { streamId: string; entityType: string; entityId: string; reason: string | null | undefined },
  ): Promise<boolean> {
    const [closed] = (await em.query('SELECT 1 FROM stream_closing WHERE stream_id = $1', [change.streamId])) as unknown[];
    if (!closed) return false;
    const reason = change.reason?.trim();
    if (!reason) throw new AppError('STREAM_YEAR_CLOSED');
    await em.query(`SELECT set_config('lalaland.correction', $1, true)`, [reason.slice(0, 200)]);
    await em.query('INSERT INTO stream_correction (stream_id, user_id, entity_type, entity_id, reason) VALUES ($1, $2, $3, $4, $5)', [
      change.streamId,
      ctx.userId,
      change.entityType,
      change.entityId,
      reason.slice(0, 500),
    ]);
    return true;
  }
}
