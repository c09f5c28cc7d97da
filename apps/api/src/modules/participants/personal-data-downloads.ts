import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { PARTICIPANTS_FIELDS } from './participants.errors';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';

/** What an organization has not chosen: a download of more people's personal data than this asks for its reason. */
export const DEFAULT_BULK_REASON_THRESHOLD = 1000;

/**
 * Downloads that carry personal data (a roster file): each logged with the number of people in it; above the holding
 * organization's threshold the reason is required (BULK_DOWNLOAD_REASON_REQUIRED) and kept with it, for the monthly
 * access-log review. The log is append-only like the access log.
 */
@Injectable()
export class PersonalDataDownloads {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  async threshold(ctx: RequestContext): Promise<number> {
    const [row] = (await this.db.query('SELECT bulk_reason_threshold AS n FROM personal_data_policy WHERE organization_id = $1', [
      ctx.activeOrganizationId,
    ])) as Array<{ n: number }>;
    return row?.n ?? DEFAULT_BULK_REASON_THRESHOLD;
  }

  /** Before the file is made: more people than the threshold need a reason (blank counts as none). */
  async check(ctx: RequestContext, people: number, reason: string | null): Promise<string | null> {
    const text = reason?.trim() || null;
    const threshold = await this.threshold(ctx);
    if (people > threshold && !text) throw new AppError('BULK_DOWNLOAD_REASON_REQUIRED', { params: { n: people, threshold } });
    return text;
  }

  /** The download, logged (inside the caller's transaction when it has one). */
  async record(
    ctx: RequestContext,
    download: { purpose: string; people: number; reason: string | null },
    em?: EntityManager,
  ): Promise<void> {
    await (em ?? this.db.manager).query(
      'INSERT INTO personal_data_download (user_id, organization_id, purpose, people, reason, request_id) VALUES ($1, $2, $3, $4, $5, $6)',
      [ctx.userId, ctx.activeOrganizationId, download.purpose.slice(0, 100), download.people, download.reason, ctx.requestId],
    );
  }

  async setThreshold(ctx: RequestContext, threshold: number): Promise<number> {
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 100_000)
      throw new AppError('VALIDATION_FAILED', { fields: [problem('threshold', 'range', PARTICIPANTS_FIELDS.thresholdRange)] });
    const before = await this.threshold(ctx);
    await this.tx.run(ctx, async (em) => {
      await em.query(
        `INSERT INTO personal_data_policy (organization_id, bulk_reason_threshold) VALUES ($1, $2)
         ON CONFLICT (organization_id) DO UPDATE SET bulk_reason_threshold = EXCLUDED.bulk_reason_threshold, changed_at = now()`,
        [ctx.activeOrganizationId, threshold],
      );
      await this.audit.record(ctx, {
        action: 'organization.bulk_download_threshold',
        entityType: 'organization',
        entityId: ctx.activeOrganizationId!,
        organizationId: ctx.activeOrganizationId,
        changes: { threshold: [before, threshold] },
      });
    });
    return threshold;
  }
}
