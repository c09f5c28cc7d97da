import { DocumentNode, GraphQLSchema, Kind, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import type { GraphQLCompositeType } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';

/**
 * What a query may cost before it runs (docs/adr/0007-upload-and-query-limits.md). Every field costs 1; a list
 * multiplies what is selected inside it by its size: the `limit` argument of a page, else the list's own bound
 * (`@Extensions({ maxItems })` where the code caps it), else ASSUMED_LIST_SIZE (lists
 * without a limit are capped where they are read: 200 sessions a programme, 2,000 calendar sessions). The portal's
 * heaviest query costs about a fifth of the limit with its largest page (test/query-cost.e2e.ts computes every
 * portal document); the amplification a review sent costs millions.
 */
export const QUERY_COST_LIMIT = 20_000;
export const ASSUMED_LIST_SIZE = 50;

/** A page type `XPage { items, totalCount, offset, limit }`: its `items` are counted at the field that takes `limit`. */
function isPage(type: unknown): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  return 'items' in fields && 'totalCount' in fields && 'limit' in fields;
}

function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const returns = getNullableType(field.type);
  if (isPage(getNamedType(returns)) && !isListType(returns)) {
    const limit = typeof args.limit === 'number' ? args.limit : ASSUMED_LIST_SIZE;
    return 1 + limit * childComplexity;
  }
  if (isListType(returns)) {
    if (isPage(type as GraphQLCompositeType) && field.name === 'items') return 1 + childComplexity;
    const declared = (field.extensions as { maxItems?: unknown } | undefined)?.maxItems;
    const size = typeof args.limit === 'number' ? args.limit : typeof declared === 'number' ? declared : ASSUMED_LIST_SIZE;
    return 1 + size * childComplexity;
  }
  return 1 + childComplexity;
}

/** The cost of the costliest operation in the document, with these variables. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  let max = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    max = Math.max(max, getComplexity({ schema, query: document, variables, operationName: def.name?.value, estimators: [estimate] }));
  }
  return max;
}

/**
 * Costs per parsed document (Mercurius reuses one DocumentNode per query text) and variables: a query asked again
 * with the same page sizes costs nothing to check. At most 32 variable sets are kept per document.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();

function cachedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): number {
  let byVariables = costs.get(document);
  if (!byVariables) costs.set(document, (byVariables = new Map()));
  const key = JSON.stringify(variables);
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, document, variables);
    if (byVariables.size >= 32) byVariables.clear();
    byVariables.set(key, cost);
  }
  return cost;
}

/** Mercurius preExecution hook: a query over the limit is refused before any resolver runs (400 QUERY_TOO_COMPLEX). */
export function costGate(
  schema: GraphQLSchema,
  document: DocumentNode,
  _context: unknown,
  variables: Record<string, unknown> | undefined,
): void {
  let cost: number;
  try {
    cost = cachedCost(schema, document, variables ?? {});
  } catch {
    return; // variables that do not fit their types: execution refuses them with its own message
  }
  if (cost > QUERY_COST_LIMIT) throw new AppError('QUERY_TOO_COMPLEX', { status: 400, details: { cost, maxCost: QUERY_COST_LIMIT } });
}
