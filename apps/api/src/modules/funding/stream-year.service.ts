import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import { FundingService } from './funding.service';
import { FundingStream } from './funding-stream.entity';
import type { FundingEvents } from './funding.events';

/** A stream's code in another fiscal year: its trailing year replaced (LALALAND-2025 → LALALAND-2026), or added. */
export const codeForYear = (code: string, year: number) => `${code.replace(/-\d{4}$/, '')}-${year}`;

/**
 * Opens the next fiscal year of a stream from this one, inside the caller's transaction: the same category, recipient,
 * name and national amount, the period a year later, its members carried (from the new period's first day; each to be
 * confirmed or removed by the lead, the lead itself confirmed) and its budget lines as the next year's draft plan
 * (nothing executed; spent on once the lead confirms the organization). Null when that year is already open.
 */
export async function openNextYear(em: EntityManager, streamId: string): Promise<FundingStream | null> {
  const [from] = (await em.query('SELECT code, fiscal_year FROM funding_stream WHERE id = $1', [streamId])) as Array<{
    code: string;
    fiscal_year: number;
  }>;
  if (!from) return null;
  const code = codeForYear(from.code, from.fiscal_year + 1);
  const [made] = (await em.query(
    `INSERT INTO funding_stream (category_id, code, name_ko, name_en, recipient_organization_id, fiscal_year, period_start, period_end, national_amount)
     SELECT category_id, $2, name_ko, name_en, recipient_organization_id, fiscal_year + 1, (period_start + interval '1 year')::date, (period_start + interval '2 years' - interval '1 day')::date, national_amount
       FROM funding_stream WHERE id = $1
     ON CONFLICT (code) DO NOTHING RETURNING id`,
    [streamId, code],
  )) as Array<{ id: string }>;
  if (!made) return null;
  await em.query(
    `INSERT INTO stream_member (stream_id, organization_id, role, starts_on, carried_from_id, confirmed_at)
     SELECT $2, m.organization_id, m.role, s.period_start, $1, CASE WHEN m.role = 'LEAD' THEN now() END
       FROM stream_member m, funding_stream s WHERE m.stream_id = $1 AND s.id = $2 AND (m.ends_on IS NULL OR m.ends_on >= s.period_start)`,
    [streamId, made.id],
  );
  await em.query(
    `INSERT INTO budget_line (stream_id, organization_id, category, source, planned_amount, is_sample, carried)
     SELECT $2, l.organization_id, l.category, l.source, l.planned_amount, l.is_sample,
            NOT EXISTS (SELECT 1 FROM stream_member m WHERE m.stream_id = $2 AND m.organization_id = l.organization_id AND m.confirmed_at IS NOT NULL)
       FROM budget_line l
      WHERE l.stream_id = $1 AND EXISTS (SELECT 1 FROM stream_member m WHERE m.stream_id = $2 AND m.organization_id = l.organization_id)`,
    [streamId, made.id],
  );
  return em.findOneByOrFail(FundingStream, { id: made.id });
}

/** Every carried membership of a year confirmed, its lines no longer drafts (the demo's years, as their leads would have). */
export async function confirmCarried(em: EntityManager, streamId: string): Promise<void> {
  await em.query('UPDATE stream_member SET confirmed_at = now() WHERE stream_id = $1 AND confirmed_at IS NULL', [streamId]);
  await em.query('UPDATE budget_line SET carried = false WHERE stream_id = $1 AND carried', [streamId]);
}

/**
 * A stream's next year, opened by its lead's admins: the stream, its members and its budget plan here; the modules
 * that hang work off a stream year (initiatives) follow through `stream.year_opened`, in the same transaction.
 */
@Injectable()
export class StreamYearService {
  constructor(
    private readonly tx: Transactions,
    private readonly funding: FundingService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async openNext(ctx: RequestContext, streamId: string): Promise<FundingStream> {
    const access = await this.funding.access(ctx, streamId);
    if (!access.manages) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const next = await openNextYear(em, streamId);
      if (!next) throw new AppError('STREAM_YEAR_EXISTS', { params: { year: access.stream.fiscalYear + 1 } });
      await this.audit.record(ctx, {
        action: 'funding.year_open',
        entityType: 'funding_stream',
        entityId: next.id,
        organizationId: access.stream.recipientOrganizationId,
        changes: { from: [null, streamId], fiscalYear: [null, next.fiscalYear] },
      });
      const opened: FundingEvents['stream.year_opened'] = { fromStreamId: streamId, toStreamId: next.id, fiscalYear: next.fiscalYear };
      await this.events.publish(ctx, 'stream.year_opened', opened);
      return next;
    });
  }
}
