import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@lalaland/shared';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';
import { AuditEvent } from './audit-event.entity';
import { Transactions } from '../database/transaction';
import { Page, PageArgs } from '../graphql/pagination';

export interface AuditEntry {
  /** `entity.verb`, each named in the shared glossary (AUDIT_ENTITY_LABELS, AUDIT_VERB_LABELS). */
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  organizationId: string | null;
  changes?: Record<string, unknown> | null;
  /** For events of signed-out callers (sign-in, accept invitation): who acted. */
  actorUserId?: string | null;
  /** The request a row belongs to when one batch writes for many (a rush of applicants): its id and address. */
  request?: RequestContext;
}

/** Changed fields as { field: [before, after] }; unchanged fields are left out. */
export function diff<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: Array<keyof T>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const f of fields) {
    const a = before ? before[f] : undefined;
    const b = after[f];
    if (b !== undefined && JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes[String(f)] = [a ?? null, b ?? null];
  }
  return changes;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /**
   * Writes the audit row in the context's open transaction (`Transactions.run`), so a rollback removes it with the
   * change. Outside one it refuses: an audit row that could outlive a failed change is a bug.
   */
  async record(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    const em = this.tx.current(ctx);
    if (!em) throw new Error(`audit ${entry.action}: no transaction open for this request (write it inside Transactions.run)`);
    await this.write(ctx, em, entry);
  }

  /** Many rows in one statement (a batch: seats given to a rush of applicants), in the request's transaction. */
  async recordMany(ctx: RequestContext, entries: readonly AuditEntry[]): Promise<void> {
    const em = this.tx.current(ctx);
    if (!em) throw new Error('audit: no transaction open for this request (write it inside Transactions.run)');
    if (entries.length) await em.getRepository(AuditEvent).insert(entries.map((entry) => this.row(ctx, em, entry)) as never[]);
  }

  /** Writes a refusal on its own, committed although the request then fails (a failed sign-in, a refused invitation). */
  async recordRefusal(ctx: RequestContext, entry: AuditEntry): Promise<void> {
    await this.write(ctx, this.db.manager, entry);
  }

  private async write(ctx: RequestContext, em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.save(AuditEvent, this.row(ctx, em, entry));
  }

  private row(batch: RequestContext, em: EntityManager, { request, ...entry }: AuditEntry): AuditEvent {
    const ctx = request ?? batch;
    return em.create(AuditEvent, {
      actorUserId: entry.actorUserId ?? ctx.userId,
      organizationId: entry.organizationId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      // A machine's change names the API key it came through (the actor is the key's creator).
      changes: ctx.session?.apiKey ? { ...(entry.changes ?? {}), apiKey: ctx.session.apiKey.id } : (entry.changes ?? null),
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
  }

  /** Audit trail of one organization: its admins and platform admins only; another organization answers NOT_FOUND. */
  async list(ctx: RequestContext, organizationId: string, page: PageArgs): Promise<Page<AuditEvent>> {
    if (!ctx.actsFor(organizationId)) throw new AppError('ORGANIZATION_NOT_FOUND');
    const [items, totalCount] = await this.db.getRepository(AuditEvent).findAndCount({
      where: { organizationId },
      order: { occurredAt: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount, offset: page.offset, limit: page.limit };
  }
}
