import { createHash } from 'node:crypto';
import { Kind, OperationTypeNode, parse, type GraphQLSchema } from 'graphql';

/** What the cache knows of one query text: whether its answers may be kept, and the variables it declares. */
export interface CachePlan {
  cacheable: boolean;
  variables: readonly string[];
  /** The operation's kind and root fields (schema names: the metrics' operation label); empty when it does not parse. */
  kind: 'query' | 'mutation' | 'subscription' | 'invalid';
  rootFields: readonly string[];
}

export const NOT_CACHEABLE: CachePlan = { cacheable: false, variables: [], kind: 'invalid', rootFields: [] };

/** The plan of one query text: parsed once (at most 2,000 tokens), its operation's kind, root fields and variables. */
export function planOf(schema: GraphQLSchema, query: string, operationName: unknown): CachePlan {
  let doc;
  try {
    doc = parse(query, { maxTokens: 2000 });
  } catch {
    return NOT_CACHEABLE;
  }
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = ops.length === 1 ? ops[0] : ops.find((o) => o.name?.value === operationName);
  if (!op) return NOT_CACHEABLE;
  const root =
    op.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : op.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const fields = root?.getFields() ?? {};
  // Only names the schema has (never what a client typed elsewhere), each once.
  const rootFields = [
    ...new Set(op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD && fields[s.name.value] ? [s.name.value] : []))),
  ];
  const cacheable =
    op.operation === OperationTypeNode.QUERY &&
    op.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (fields[s.name.value]?.extensions as { readCache?: unknown } | undefined)?.readCache === true,
    );
  return {
    cacheable,
    variables: cacheable ? (op.variableDefinitions ?? []).map((v) => v.variable.name.value).sort() : [],
    kind: op.operation,
    rootFields,
  };
}

/** A fixed-size key: long strings of one length share a hash in V8, so no caller-chosen text is ever a map key. */
export function digest(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('base64');
}
