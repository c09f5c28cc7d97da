import { Injectable, OnModuleInit } from '@nestjs/common';
import { decoratedMethods } from '../decorated-methods';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RequestContext } from '../context/request-context';
import { Transactions } from '../database/transaction';
import { OutboxMessage } from './outbox-message.entity';
import { Delivery, DomainEvents, EVENT_HANDLER, EventHandlerMeta, EventName } from './domain-events';

type Handler = (ctx: RequestContext, payload: unknown, delivery?: Delivery) => Promise<void>;

/**
 * Typed domain events. `publish` must run inside the publisher's transaction (Transactions.run): `transaction`
 * handlers run there and then, `after-commit` handlers get one outbox row each in the same transaction, delivered
 * by the OutboxWorker after commit (which is woken at commit; its poll covers crashes and other replicas).
 */
@Injectable()
export class EventBus implements OnModuleInit {
  private readonly inTransaction = new Map<string, Array<{ key: string; run: Handler }>>();
  private readonly afterCommit = new Map<string, string[]>();
  private readonly byKey = new Map<string, Handler>();
  private wake: () => void = () => undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly tx: Transactions,
  ) {}

  onModuleInit(): void {
    for (const { meta, name: key, call } of decoratedMethods<EventHandlerMeta>(
      this.discovery,
      this.scanner,
      this.reflector,
      EVENT_HANDLER,
    )) {
      const run = call as Handler;
      if (this.byKey.has(key)) throw new Error(`event handler ${key} is registered twice`);
      this.byKey.set(key, run);
      if (meta.phase === 'transaction') this.inTransaction.set(meta.event, [...(this.inTransaction.get(meta.event) ?? []), { key, run }]);
      else this.afterCommit.set(meta.event, [...(this.afterCommit.get(meta.event) ?? []), key]);
    }
  }

  /**
   * Announces what happened, inside the publisher's transaction (a programming error otherwise). `at` holds the
   * after-commit work until then (a reminder, a digest): the outbox is the scheduler, with the same once-only delivery.
   */
  async publish<E extends EventName>(ctx: RequestContext, event: E, payload: DomainEvents[E], options: { at?: Date } = {}): Promise<void> {
    await this.publishMany(ctx, event, [payload], options);
  }

  /** The same event for many (a batch of applications): transaction handlers one by one, the outbox rows in one statement. */
  async publishMany<E extends EventName>(
    ctx: RequestContext,
    event: E,
    payloads: ReadonlyArray<DomainEvents[E]>,
    options: { at?: Date } = {},
  ): Promise<void> {
    const em = this.tx.current(ctx);
    if (!em) throw new Error(`event ${event} published outside a transaction: publish inside Transactions.run`);
    for (const payload of payloads) for (const h of this.inTransaction.get(event) ?? []) await h.run(ctx, payload);
    const later = this.afterCommit.get(event) ?? [];
    if (later.length && payloads.length) {
      const origin = { userId: ctx.userId, organizationId: ctx.activeOrganizationId, requestId: ctx.requestId };
      await em.insert(
        OutboxMessage,
        payloads.flatMap((payload) =>
          later.map((handler) => ({
            event,
            handler,
            payload: payload as object,
            origin,
            ...(options.at ? { availableAt: options.at } : {}),
          })),
        ),
      );
      this.tx.afterCommit(ctx, () => this.wake());
    }
  }

  hasAfterCommitHandlers(): boolean {
    return this.afterCommit.size > 0;
  }

  /** The handler an outbox row names (undefined when that handler no longer exists). */
  handler(key: string): Handler | undefined {
    return this.byKey.get(key);
  }

  /** The worker asks to be told when new after-commit work has committed. */
  onCommitted(wake: () => void): void {
    this.wake = wake;
  }
}
