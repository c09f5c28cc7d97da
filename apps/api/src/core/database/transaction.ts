import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { APP_CONFIG } from '../config';
import type { AppConfig } from '../config';

/**
 * The organization PostgreSQL's row-level security sees for a scoped read (docs/adr/0016): the active organization of a
 * person's or key's session, a nil id when a signed-in person has none; '' (unrestricted) for the system, platform
 * admins and signed-out callers, whose access the services decide alone.
 */
export function rowSecurityOrg(ctx: RequestContext): string {
  const session = ctx.session;
  if (!session || session.user.isPlatformAdmin) return '';
  return session.activeOrganizationId ?? '00000000-0000-0000-0000-000000000000';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Optional() @Inject(APP_CONFIG) private readonly config?: AppConfig,
  ) {}

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

  /**
   * A read of personal data behind the database's second wall: in ctx's open transaction, or a short read-only one that names
   * the caller's organization to the row-level-security policies (`lalaland.org`, transaction-local), so a query that
   * forgets its filter still returns nothing of another organization's people. `ROW_SECURITY=off` reads on the pool
   * (the benchmark's comparison).
   */
  async scoped<T>(ctx: RequestContext, fn: (em: EntityManager) => Promise<T>, options: { genericPlans?: boolean } = {}): Promise<T> {
    const em = this.current(ctx);
    if (em) return fn(em);
    const org = rowSecurityOrg(ctx);
    if (!org || this.config?.rowSecurity === false) return fn(this.db.manager);
    if (!UUID.test(org)) throw new Error('row security: not an organization id');
    // One round trip opens the transaction and names the organization (simple protocol: two statements, no parameters).
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      // A prepared read's plan made once for any organization (genericPlans): PostgreSQL would otherwise plan every
      // execution for its values (participants list: 0.4 ms of planning for a 2 ms statement).
      const plans = options.genericPlans ? '; SET LOCAL plan_cache_mode = force_generic_plan' : '';
      await runner.query(`BEGIN READ ONLY; SELECT set_config('lalaland.org', '${org}', true)${plans}`);
      const result = await fn(runner.manager);
      await runner.query('COMMIT');
      return result;
    } catch (err) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
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
