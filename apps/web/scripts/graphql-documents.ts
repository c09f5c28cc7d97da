import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const NAME = /^\s*(?:query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const GENERATED = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));

/**
 * Build-time replacement for the client preset's `graphql()` lookup (what its Babel plugin does): each
 * graphql(`query Name …`) call becomes the generated document itself, inlined where it is used. The preset's map
 * of every document is then never imported, so each lazy chunk carries only its own operations.
 */
export function graphqlDocuments(): Plugin {
  let documents: Map<string, string> | null = null;
  const load = () => {
    const source = readFileSync(GENERATED, 'utf8');
    const map = new Map<string, string>();
    for (const m of source.matchAll(/^export const (\w+?)(?:Document|FragmentDoc) = (\{.*\}) as unknown as DocumentNode/gm))
      map.set(m[1]!, m[2]!);
    return map;
  };
  return {
    name: 'lalaland-graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      documents = load();
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const out = code.replace(CALL, (_m, body: string) => {
        const name = NAME.exec(body)?.[1];
        const doc = name ? documents!.get(name) : undefined;
        if (!doc)
          throw new Error(`${id}: no generated document for ${name ?? 'an unnamed operation'}; run codegen and name every operation`);
        return `(${doc})`;
      });
      return { code: out, map: null };
    },
  };
}
