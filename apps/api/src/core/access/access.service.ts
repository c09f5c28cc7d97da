import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Transactions } from '../database/transaction';
import { RequestContext } from '../context/request-context';
import { AppError } from '../errors/app-error';
import { isUuid } from '../graphql/pagination';
import { positionalBind, queryBind, type AccessPolicy, type Capabilities, type Granted } from './access-policy';

/** A module's per-request loader of its rows by id (`ctx.loader`). */
export interface RowLoader<E> {
  load(id: string): Promise<E | null | undefined>;
}

/**
 * The access layer: every object-level decision goes through a module's AccessPolicy, here. Missing ids, malformed
 * ids and another organization's ids look the same (the policy's NOT_FOUND); a database fault is never turned into
 * NOT_FOUND or null, it stays an error (INTERNAL_SERVER_ERROR to the client). Checks run before a mutation opens its
 * transaction (docs/adr/0004), on the pool; a check made inside an open transaction of the context reads through it.
 */
@Injectable()
export class AccessService {
  constructor(private readonly tx: Transactions) {}

  private loader<C extends Capabilities>(ctx: RequestContext, policy: AccessPolicy<C>) {
    return ctx.loader<Granted<C>>(`access:${policy.name}`, async (ids) => {
      const params: unknown[] = [];
      const bind = positionalBind(params);
      const scope = { ctx, alias: 'a', bind };
      const idsParam = bind(ids);
      const visible = policy.visible(scope);
      const caps = Object.entries(policy.capabilities(scope) as Record<string, string>)
        .map(([name, sql]) => `${sql} AS "${name}"`)
        .join(', ');
      // Inside the caller's transaction (an import registering, then enrolling) the check sees its uncommitted rows.
      const rows = (await this.tx
        .readOwnWrites(ctx)
        .query(
          `SELECT a.id::text AS id${caps ? `, ${caps}` : ''} FROM ${policy.table} a WHERE a.id = ANY(${idsParam}::uuid[])${visible ? ` AND (${visible})` : ''}`,
          params,
        )) as Array<Granted<C>>;
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The caller's capabilities on each id it may see (others are absent): one statement per policy per request tick. */
  async check<C extends Capabilities>(
    ctx: RequestContext,
    policy: AccessPolicy<C>,
    ids: readonly string[],
  ): Promise<Map<string, Granted<C>>> {
    const valid = [...new Set(ids.filter(isUuid))];
    const found = await this.loader(ctx, policy).loadMany(valid);
    const out = new Map<string, Granted<C>>();
    found.forEach((g, i) => {
      if (g instanceof Error) throw g;
      if (g) out.set(valid[i]!, g);
    });
    return out;
  }

  /** The caller's capabilities on one record, or the policy's NOT_FOUND. */
  async require<C extends Capabilities>(ctx: RequestContext, policy: AccessPolicy<C>, id: string): Promise<Granted<C>> {
    const granted = await this.find(ctx, policy, id);
    if (!granted) throw new AppError(policy.notFound);
    return granted;
  }

  /**
   * One record the caller may see, with its capabilities: the check, the row (through the module's per-request
   * loader, so a change the request made and cleared is read again) and the policy's NOT_FOUND for a row that
   * vanished between the two. Every `access(ctx, id)` of a service is this one call.
   */
  async load<E, C extends Capabilities>(
    ctx: RequestContext,
    policy: AccessPolicy<C>,
    rows: RowLoader<E>,
    id: string,
  ): Promise<{ row: E; granted: Granted<C> }> {
    const granted = await this.require(ctx, policy, id);
    const row = await rows.load(id);
    if (!row) throw new AppError(policy.notFound);
    return { row, granted };
  }

  /** The caller's capabilities on one record, or null when it does not exist or is not the caller's to see. */
  async find<C extends Capabilities>(ctx: RequestContext, policy: AccessPolicy<C>, id: string): Promise<Granted<C> | null> {
    return isUuid(id) ? this.loader(ctx, policy).load(id) : null;
  }

  /** Forgets a record's answer in this request (after a change that moves it, e.g. a status). */
  forget(ctx: RequestContext, policy: AccessPolicy, id: string): void {
    this.loader(ctx, policy).clear(id);
  }

  /** Restricts a list query joining the policy's table as `alias` to the rows the caller may see. */
  filter<Q extends SelectQueryBuilder<ObjectLiteral>>(ctx: RequestContext, policy: AccessPolicy, qb: Q, alias: string): Q {
    const bind = queryBind(qb, `acc_${policy.name}_${alias}_`);
    const visible = policy.visible({ ctx, alias, bind });
    if (visible) qb.andWhere(`(${visible})`);
    return qb;
  }

  /** Restricts a list query to the rows where the caller holds one of the policy's capabilities (an approval queue). */
  filterCan<C extends Capabilities, Q extends SelectQueryBuilder<ObjectLiteral>>(
    ctx: RequestContext,
    policy: AccessPolicy<C>,
    capability: keyof C & string,
    qb: Q,
    alias: string,
  ): Q {
    const bind = queryBind(qb, `can_${policy.name}_${alias}_`);
    const scope = { ctx, alias, bind };
    const visible = policy.visible(scope);
    qb.andWhere(`(${(policy.capabilities(scope) as Record<string, string>)[capability]})${visible ? ` AND (${visible})` : ''}`);
    return qb;
  }

  /**
   * Adds the policy's capabilities to a list query that already applies its `filter` (as `cap_<name>` columns of the
   * raw rows), so the list primes the request's id checks (`primeFrom`) instead of asking again per row.
   */
  selectCapabilities<Q extends SelectQueryBuilder<ObjectLiteral>>(ctx: RequestContext, policy: AccessPolicy, qb: Q, alias: string): Q {
    const bind = queryBind(qb, `cap_${policy.name}_${alias}_`);
    for (const [name, sql] of Object.entries(policy.capabilities({ ctx, alias, bind }) as Record<string, string>))
      qb.addSelect(sql, `cap_${name}`);
    return qb;
  }

  /** Primes the request's checks of `policy` from a list's raw row (selected with `selectCapabilities`). */
  primeFrom<C extends Capabilities>(ctx: RequestContext, policy: AccessPolicy<C>, id: string, raw: Record<string, unknown>): void {
    const granted: Record<string, unknown> = { id };
    for (const [key, value] of Object.entries(raw)) if (key.startsWith('cap_')) granted[key.slice(4)] = value;
    this.loader(ctx, policy).prime(id, granted as Granted<C>);
  }

  /** The same predicate for a raw statement (aggregates, reports): appends its parameters to `params`. */
  predicate(ctx: RequestContext, policy: AccessPolicy, alias: string, params: unknown[]): string {
    return policy.visible({ ctx, alias, bind: positionalBind(params) }) ?? 'true';
  }
}
