import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import type { ErrorCode } from '../errors/error-codes';

/** Adds a bound parameter and returns its placeholder (`$3` in raw SQL, `:acc_3` in a query builder). */
export type Bind = (value: unknown) => string;

export interface PolicyScope {
  ctx: RequestContext;
  /** The alias of the policy's table in the statement. */
  alias: string;
  bind: Bind;
}

/** A capability is a boolean (or a role's text) per visible row. */
export type Capabilities = Record<string, boolean | string | null>;

/**
 * One access rule for one kind of record, written once, as SQL, in the module that owns the records
 * (`<module>.access.ts`). AccessService uses it three ways: a batch check for ids (cached per request), the same
 * predicate on a list's query, and the same predicate in an aggregate's SQL. A row the predicate refuses and a missing
 * row both answer `notFound`.
 */
export interface AccessPolicy<C extends Capabilities = Capabilities> {
  /** Names the per-request cache. */
  readonly name: string;
  readonly table: string;
  readonly notFound: ErrorCode;
  /** Who may see a row of `alias`: a SQL predicate, or null when the caller sees every row (platform admins). */
  visible(scope: PolicyScope): string | null;
  /** What the caller may do with each visible row, as SQL expressions over `alias` (boolean, or text for a role). */
  capabilities(scope: PolicyScope): { [K in keyof C]: string };
}

/**
 * The platform administrator's bypass, written inside the policy where it applies: `canEdit: orAdmin(ctx, hostSql)`.
 * A capability that states a relation (the organization holds the record) leaves it out; one that states what the
 * caller may do puts it in. Pass a function where the SQL binds parameters of its own (a bound value the statement
 * does not use is an error in PostgreSQL). Services never add it after the policy answered (test/access-idiom.spec.ts).
 */
export const orAdmin = (ctx: RequestContext, sql: string | (() => string)): string =>
  ctx.isPlatformAdmin ? 'true' : typeof sql === 'string' ? sql : sql();

/** A policy's capabilities, with the row's id. */
export type Granted<C extends Capabilities> = C & { id: string };

/**
 * One capability of a policy as SQL over `scope.alias`, binding only the values that capability uses (every other
 * capability's would be unused parameters, an error in PostgreSQL): for a statement that reads one of them.
 */
export function capabilitySql<C extends Capabilities>(policy: AccessPolicy<C>, name: keyof C & string, scope: PolicyScope): string {
  const values: unknown[] = [];
  const all = policy.capabilities({ ...scope, bind: (value) => `⟦${values.push(value) - 1}⟧` }) as Record<string, string>;
  const bound = new Map<number, string>();
  return all[name]!.replace(/⟦(\d+)⟧/g, (_, i: string) => {
    const n = Number(i);
    if (!bound.has(n)) bound.set(n, scope.bind(values[n]));
    return bound.get(n)!;
  });
}

/** A Bind that appends to a raw statement's parameters (`$1`, `$2`, …). */
export const positionalBind =
  (params: unknown[]): Bind =>
  (value) =>
    `$${params.push(value)}`;

/** A Bind that adds named parameters to a query builder. */
export function queryBind(qb: SelectQueryBuilder<ObjectLiteral>, prefix: string): Bind {
  let n = 0;
  return (value) => {
    const name = `${prefix}${n++}`;
    qb.setParameter(name, value);
    return `:${name}`;
  };
}
