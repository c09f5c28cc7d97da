import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';

/** The open transaction of each request context, in the async flow of the call that opened it. */
const open = new AsyncLocalStorage<{ ctx: RequestContext; em: EntityManager; afterCommit: Array<() => void> }>();

/**
 * The transaction travels with the request context, never in parameters: a service calling another service inside
 * its transaction (a roster import registering, enrolling and marking attendance) makes the callee join it, and the
 * outermost call commits or rolls back everything, audit rows and events included. Access checks still run on the
 * pool before a mutation's transaction opens (docs/adr/0004); reads that must see the caller's own uncommitted writes
 * use `readOwnWrites(ctx)`, by name.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `fn` in ctx's open transaction, or opens one (READ COMMITTED) and commits when `fn` resolves. */
  run<T>(ctx: RequestContext, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.current(ctx);
    if (em) return fn(em);
    const afterCommit: Array<() => void> = [];
    return this.db
      .transaction((tx) => open.run({ ctx, em: tx, afterCommit }, () => fn(tx)))
      .then((result) => {
        for (const callback of afterCommit) callback();
        return result;
      });
  }

  /** Runs `fn` as part of a transaction the caller manages (the outbox worker's delivery), so services called by it join. */
  within<T>(ctx: RequestContext, em: EntityManager, fn: () => Promise<T>): Promise<T> {
    return open.run({ ctx, em, afterCommit: [] }, fn);
  }

  /** Calls `callback` once ctx's open transaction has committed (never, if it rolls back). Outside a transaction: now. */
  afterCommit(ctx: RequestContext, callback: () => void): void {
    const store = open.getStore();
    if (store && store.ctx === ctx) store.afterCommit.push(callback);
    else callback();
  }

  /**
   * For a read that must see this context's own uncommitted writes (a mutation re-reading what it wrote, a nested
   * service's check): the open transaction's manager, else the pool's. Reads that need not see them use the pool.
   */
  readOwnWrites(ctx: RequestContext): EntityManager {
    return this.current(ctx) ?? this.db.manager;
  }

  /** Whether a transaction is open for this context (for post-commit work: see core/events). */
  current(ctx: RequestContext): EntityManager | undefined {
    const store = open.getStore();
    return store && store.ctx === ctx ? store.em : undefined;
  }
}
