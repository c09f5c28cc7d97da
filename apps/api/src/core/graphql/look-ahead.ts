import { GraphQLIncludeDirective, GraphQLSkipDirective, getDirectiveValues } from 'graphql';
import type { FieldNode, FragmentSpreadNode, GraphQLResolveInfo, InlineFragmentNode, SelectionSetNode } from 'graphql';

/** Whether @skip / @include leave a selection in the answer, with this request's variables. */
function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The response path of the current field without list indices, e.g. "programme.enrolments.items.participant.personal". */
export function pathOf(info: GraphQLResolveInfo): string {
  const keys: string[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) if (typeof p.key === 'string') keys.unshift(p.key);
  return keys.join('.');
}

/**
 * The field names the query selects at `path` below the current field (fragments followed), e.g.
 * fieldsAt(info, ['items']) on a page field. Lets a resolver fetch nested data in the same statement, and the
 * personal-data log name exactly the fields an answer holds (@skip/@include honoured).
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number) => {
    for (const sel of set?.selections ?? []) {
      if (!included(sel, info.variableValues)) continue; // what @skip/@include leaves out is not asked for
      if (sel.kind === 'InlineFragment') walk(sel.selectionSet, depth);
      else if (sel.kind === 'FragmentSpread') walk(info.fragments[sel.name.value]?.selectionSet, depth);
      else if (depth === path.length) out.add(sel.name.value);
      else if (sel.name.value === path[depth]) walk(sel.selectionSet, depth + 1);
    }
  };
  info.fieldNodes.forEach((n) => walk(n.selectionSet, 0));
  return out;
}
