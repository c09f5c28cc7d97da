import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The field names the query selects at `path` below the current field (fragments followed), e.g.
 * fieldsAt(info, ['items']) on a page field. Lets a resolver fetch nested data in the same statement.
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'InlineFragment') walk(sel.selectionSet, depth);
      else if (sel.kind === 'FragmentSpread') walk(info.fragments[sel.name.value]?.selectionSet, depth);
      else if (depth === path.length) out.add(sel.name.value);
      else if (sel.name.value === path[depth]) walk(sel.selectionSet, depth + 1);
    }
  };
  info.fieldNodes.forEach((n) => walk(n.selectionSet, 0));
  return out;
}
