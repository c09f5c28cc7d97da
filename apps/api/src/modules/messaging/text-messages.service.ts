import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { Metrics } from '../../core/metrics/metrics';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { OrganizationService } from '../organizations';
import { PiiCipher } from '../participants';
import { SolapiClient } from './solapi-client';
import { MessageBudget, MessageUsage, TextMessage, type TextMessageStatus } from './text-message.entity';
import { MESSAGING_FIELDS } from './messaging.errors';
import { EventBus } from '../../core/events/event-bus';
import './messaging.events';

export interface Text {
  /** Who pays: the organization the message is sent for (null: the platform's own, e.g. none today). */
  organizationId: string | null;
  /** A mobile number, digits only (010…). */
  to: string;
  /** What it is, for the record and the budget's report: `phone_code`, `application_received`… */
  kind: string;
  text: string;
  /** The same message's idempotency key (an outbox delivery): a retried delivery sends nothing twice. */
  key: string;
}

const MAX_BUDGET = 1_000_000;

/**
 * The one messaging port: text messages through the provider (Solapi) when configured, logged otherwise; every one
 * recorded (number hashed), each organization within its monthly budget. Called from after-commit work (the outbox),
 * never while a citizen's request waits for the provider.
 */
@Injectable()
export class TextMessages {
  private readonly logger = new Logger('Sms');
  private readonly client: SolapiClient | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly cipher: PiiCipher,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly metrics: Metrics,
  ) {
    this.client = config.sms ? new SolapiClient(config.sms) : null;
    metrics.addGauge(
      'lalaland_text_budget_spent_ratio',
      "The largest share of this month's text budget any organization has spent (1 = spent; past it texts are not sent).",
      async () => {
        const [row] = (await this.db.query(
          `SELECT coalesce(max(c.sent::float8 / greatest(coalesce(b.monthly_limit, $2), 1)), 0) AS ratio
             FROM message_count c LEFT JOIN message_budget b ON b.organization_id = c.organization_id WHERE c.month = $1`,
          [seoulDate().slice(0, 7), this.config.smsMonthlyBudget],
        )) as Array<{ ratio: number }>;
        return row?.ratio ?? 0;
      },
    );
  }

  /**
   * Sends (or logs) one message once per key. The budget is claimed first, in one statement of its own (no lock is held
   * while the provider answers); past the organization's budget the text is recorded as OVER_BUDGET, not sent. A send
   * that fails gives its claim back and throws: the outbox retries the delivery.
   */
  async send(ctx: RequestContext, m: Text): Promise<TextMessageStatus | 'DUPLICATE'> {
    const em = this.tx.readOwnWrites(ctx);
    const [dup] = (await em.query('SELECT 1 FROM text_message WHERE key = $1', [m.key])) as unknown[];
    if (dup) return 'DUPLICATE';
    const month = seoulDate().slice(0, 7);
    const within = m.organizationId ? await this.claim(m.organizationId, month) : true;
    const status: TextMessageStatus = !within ? 'OVER_BUDGET' : this.client ? 'SENT' : 'LOGGED';
    let providerId: string | null = null;
    const template = this.config.kakao?.templates[m.kind];
    const channel = template ? 'KAKAO' : 'SMS';
    if (status === 'SENT') {
      try {
        providerId = await this.client!.send(m.to, m.text, template ? { pfId: this.config.kakao!.pfId, templateId: template } : undefined);
      } catch (e) {
        this.metrics.textMessages.inc({ channel, outcome: 'failed' });
        if (m.organizationId) await this.release(m.organizationId, month);
        throw e; // the outbox retries the delivery, and logs why it failed
      }
    } else if (status === 'LOGGED') {
      // Outside production (the demo, a developer's machine) the text itself is logged, so a code can be read and tried.
      this.logger.warn(
        { to: `***${m.to.slice(-4)}`, kind: m.kind, ...(this.config.production ? { chars: m.text.length } : { text: m.text }) },
        'text message not sent (no SOLAPI_API_KEY)',
      );
    }
    this.metrics.textMessages.inc({ channel, outcome: status.toLowerCase() });
    await this.tx.run(ctx, async (tx) => {
      if (status === 'OVER_BUDGET' && m.organizationId)
        await this.events.publish(ctx, 'message.over_budget', { organizationId: m.organizationId, month, kind: m.kind });
      await tx.insert(TextMessage, {
        organizationId: m.organizationId,
        key: m.key,
        kind: m.kind,
        phoneHash: this.cipher.hash(m.to),
        phoneTail: m.to.slice(-4),
        body: m.text,
        status,
        channel,
        providerId,
        error: null,
      });
    });
    return status;
  }

  /** One text of this month's budget, if any is left (true), else counted as over the budget (false). Each statement locks the row only while it runs. */
  private async claim(organizationId: string, month: string): Promise<boolean> {
    await this.db.query('INSERT INTO message_count (organization_id, month) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      organizationId,
      month,
    ]);
    const [claimed] = (await this.db.query(
      `UPDATE message_count SET sent = sent + 1
        WHERE organization_id = $1 AND month = $2 AND sent < coalesce((SELECT monthly_limit FROM message_budget WHERE organization_id = $1), $3)
        RETURNING 1`,
      [organizationId, month, this.config.smsMonthlyBudget],
    )) as [unknown[], number];
    if (claimed.length) return true;
    await this.db.query('UPDATE message_count SET over_budget = over_budget + 1 WHERE organization_id = $1 AND month = $2', [
      organizationId,
      month,
    ]);
    return false;
  }

  private async release(organizationId: string, month: string): Promise<void> {
    await this.db.query('UPDATE message_count SET sent = greatest(sent - 1, 0) WHERE organization_id = $1 AND month = $2', [
      organizationId,
      month,
    ]);
  }

  /** This month's messages of an organization against its budget (its members and platform admins). */
  async usage(ctx: RequestContext, organizationId: string): Promise<MessageUsage> {
    if (!(await this.organizations.canSeeMembers(ctx, organizationId))) throw new AppError('ORGANIZATION_NOT_FOUND');
    return this.usageOf(ctx, organizationId);
  }

  private async usageOf(ctx: RequestContext, organizationId: string): Promise<MessageUsage> {
    const month = seoulDate().slice(0, 7);
    const [row] = (await this.tx.readOwnWrites(ctx).query(
      `SELECT (SELECT monthly_limit FROM message_budget WHERE organization_id = $1) AS "limit",
              coalesce((SELECT sent FROM message_count WHERE organization_id = $1 AND month = $2), 0) AS sent,
              coalesce((SELECT over_budget FROM message_count WHERE organization_id = $1 AND month = $2), 0) AS "overBudget"`,
      [organizationId, month],
    )) as Array<{ sent: number; overBudget: number; limit: number | null }>;
    return { month, sent: row!.sent, overBudget: row!.overBudget, monthlyLimit: row!.limit ?? this.config.smsMonthlyBudget };
  }

  /** The organization's admins (and platform admins) set its monthly budget (audited). */
  async setBudget(ctx: RequestContext, organizationId: string, monthlyLimit: number): Promise<MessageUsage> {
    if (!(await this.organizations.administers(ctx, organizationId))) throw new AppError('ORGANIZATION_NOT_FOUND');
    if (!Number.isInteger(monthlyLimit) || monthlyLimit < 0 || monthlyLimit > MAX_BUDGET)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('monthlyLimit', 'range', MESSAGING_FIELDS.monthlyLimitRange, { max: MAX_BUDGET })],
      });
    return this.tx.run(ctx, async (em) => {
      const before = await this.usageOf(ctx, organizationId);
      await em.upsert(MessageBudget, { organizationId, monthlyLimit }, ['organizationId']);
      await this.audit.record(ctx, {
        action: 'message_budget.set',
        entityType: 'organization',
        entityId: organizationId,
        organizationId,
        changes: { monthlyLimit: [before.monthlyLimit, monthlyLimit] },
      });
      return this.usageOf(ctx, organizationId);
    });
  }
}
