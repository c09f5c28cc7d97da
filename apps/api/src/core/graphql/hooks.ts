import { Kind, SelectionSetNode, DocumentNode, GraphQLSchema } from 'graphql';
import { Permission } from '@lalaland/shared';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';

function selectsIntrospection(set: SelectionSetNode | undefined, doc: DocumentNode, seen = new Set<string>()): boolean {
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type')) return true;
    if (s.kind === Kind.INLINE_FRAGMENT && selectsIntrospection(s.selectionSet, doc, seen)) return true;
    if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      const frag = doc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
      if (frag && frag.kind === Kind.FRAGMENT_DEFINITION && selectsIntrospection(frag.selectionSet, doc, seen)) return true;
    }
  }
  return false;
}

/**
 * Introspection (__schema, __type) only for platform admins: the playground is theirs.
 * A Mercurius preExecution hook: it runs on every request, after the (cached) parse and validation.
 */
export async function introspectionGate(_schema: GraphQLSchema, document: DocumentNode, context: unknown): Promise<void> {
  const asks = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && selectsIntrospection(d.selectionSet, document));
  if (asks && !(context instanceof RequestContext && context.can(Permission.Playground))) throw new AppError('INTROSPECTION_FORBIDDEN');
}

/**
 * The longest query text accepted (the portal's longest is under 2,000 characters). Longer texts could only fill the
 * parse cache with megabytes of string literals and comments, and V8 hashes strings over 16,383 characters by their
 * length alone (a map keyed by them degrades to a scan): both caches stay keyed by texts under that.
 */
export const MAX_QUERY_CHARACTERS = 16_000;

/**
 * A query text over MAX_QUERY_CHARACTERS is refused (QUERY_TOO_LONG, 400).
 * Mercurius falls back to reading a query that is not GraphQL as a JSON-encoded AST, which skips the parser's limits
 * and crashes validation on a malformed tree. Only GraphQL text is accepted: a JSON value as the query is refused.
 */
export async function rejectJsonQueries(_schema: GraphQLSchema, source: string): Promise<void> {
  if (source.length > MAX_QUERY_CHARACTERS)
    throw new AppError('QUERY_TOO_LONG', { params: { max: MAX_QUERY_CHARACTERS.toLocaleString('en') }, status: 400 });
  const first = source.trimStart()[0];
  if (first === undefined || !'{["0123456789-tfn'.includes(first)) return;
  try {
    JSON.parse(source);
  } catch {
    return;
  }
  throw new AppError('BAD_REQUEST');
}
