import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, parse, typeFromAST } from 'graphql';
import type { DocumentNode, NamedTypeNode } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client, startTestApp, TestApp } from './support/app';
import { QUERY_COST_LIMIT, queryCost } from '../src/core/graphql/query-cost';

const WEB_SRC = resolve(__dirname, '../../web/src/modules');

/** Every graphql(`…`) document the portal sends. */
function portalDocuments(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name))
        for (const m of readFileSync(path, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)) out.push({ file: name, text: m[1]! });
    }
  };
  walk(WEB_SRC);
  return out;
}

/** Values for a document's variables, of the right types, with every page at its largest (limit 100). */
function fakeVariables(schema: GraphQLSchema, doc: DocumentNode): Record<string, unknown> {
  const value = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return value(type.ofType, name);
    if (isListType(type)) return [value(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, value(f.type, f.name)]));
    const scalars: Record<string, unknown> = {
      Int: /limit/i.test(name) ? 100 : 1,
      Float: 1,
      Boolean: false,
      String: 'x',
      ID: '00000000-0000-4000-8000-000000000000',
      DateTime: '2025-09-01T00:00:00.000Z',
      Won: 1,
      JSON: {},
    };
    return scalars[type.name] ?? '2025-09-01';
  };
  const vars: Record<string, unknown> = {};
  for (const def of doc.definitions) {
    if (def.kind !== 'OperationDefinition') continue;
    for (const v of def.variableDefinitions ?? [])
      vars[v.variable.name.value] = value(typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType, v.variable.name.value);
  }
  return vars;
}

/** The amplification a hostile review sent: 15 aliases of calendar → programme → sessions → programme → … at depth 8. */
const AMPLIFICATION = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: sessionCalendar(from: "2025-09-01T00:00:00+09:00", to: "2025-10-31T00:00:00+09:00") { programme { sessions { programme { sessions { programme { sessions { id } } } } } } }`).join(' ')} }`;

describe('query cost: lists count by their size, and a query over the limit is refused before it runs', () => {
  let t: TestApp;
  let viewer: Client;
  beforeAll(async () => {
    t = await startTestApp([], { GRAPHQL_RESPONSE_MAX_BYTES: String(4 * 1024) });
    viewer = await t.as('viewer@lalaland.test');
  });
  afterAll(() => t.close());

  it('every query and mutation of the portal fits the limit with its largest page', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const docs = portalDocuments();
    expect(docs.length).toBeGreaterThan(40);
    const costs = docs.map(({ file, text }) => ({
      file,
      name: /(?:query|mutation)\s+(\w+)/.exec(text)?.[1],
      cost: queryCost(schema, parse(text), fakeVariables(schema, parse(text))),
    }));
    const over = costs.filter((c) => c.cost > QUERY_COST_LIMIT);
    if (process.env.REPORT) console.log(JSON.stringify(costs.sort((a, b) => b.cost - a.cost).slice(0, 12)));
    expect(over).toEqual([]);
  });

  it('refuses the amplification query from the ministry viewer with 400 QUERY_TOO_COMPLEX before running anything', async () => {
    const { result, sql } = await t.statements(() => viewer.gql(AMPLIFICATION));
    expect(result.status).toBe(400);
    expect(Client.code(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.extensions.maxCost).toBe(QUERY_COST_LIMIT);
    expect(result.errors![0]!.extensions.cost as number).toBeGreaterThan(1_000_000);
    expect(result.data).toBeUndefined(); // it never ran: no data entry (GraphQL over HTTP)
    expect(sql.filter((q) => !/user_session/.test(q))).toEqual([]); // only the session lookup ran
  });

  it('counts a page by its limit argument', () => {
    const nested = 'query($l: Int!) { programmes(limit: $l) { items { id sessions { id startsAt venue { name } } host { nameKo } } } }';
    const schema = t.app.get(GraphQLSchemaHost).schema;
    expect(queryCost(schema, parse(nested), { l: 50 })).toBeLessThan(QUERY_COST_LIMIT); // the benchmark's nested list fits
    expect(queryCost(schema, parse(nested), { l: 100 })).toBeGreaterThan(10 * queryCost(schema, parse(nested), { l: 5 }));
  });

  it('refuses an answer over the response-size budget with 400 RESPONSE_TOO_LARGE (budget lowered to 4 KB here)', async () => {
    const small = await viewer.gql('{ programmes(limit: 5) { items { id } } }');
    expect(small.errors).toBeUndefined();
    const big = await viewer.gql('{ programmes(limit: 100) { items { id titleKo description sessions { id startsAt endsAt } } } }');
    expect(big.status).toBe(400);
    expect(Client.code(big)).toBe('RESPONSE_TOO_LARGE');
  });
});
