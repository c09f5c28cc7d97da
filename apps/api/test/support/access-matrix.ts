import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, TestApp } from './app';

/** What a caller should get: 'ok' (data, no error) or the error code of the first error. */
export type Outcome = 'ok' | (string & {});

/** Demo callers by their role in the seeded consortium (see src/seed/demo-data.ts). */
export const CALLERS = {
  platformAdmin: 'admin@lalaland.test',
  cityAdmin: 'city.admin@lalaland.test',
  namAdmin: 'nam.admin@lalaland.test',
  namStaff: 'nam.staff@lalaland.test',
  yeonjeStaff: 'yeonje.staff@lalaland.test',
  sahaStaff: 'saha.staff@lalaland.test',
  ministryViewer: 'viewer@lalaland.test',
} as const;

export type Caller = keyof typeof CALLERS | 'anonymous';

const clients = new WeakMap<TestApp, Map<Caller, Client>>();

async function clientFor(t: TestApp, caller: Caller): Promise<Client> {
  let byCaller = clients.get(t);
  if (!byCaller) clients.set(t, (byCaller = new Map()));
  let c = byCaller.get(caller);
  if (!c) {
    c = caller === 'anonymous' ? t.client() : await t.as(CALLERS[caller]);
    byCaller.set(caller, c);
  }
  return c;
}

/**
 * The role × organization table of one operation: runs it as each caller and compares every outcome at once, so a
 * failure shows the whole table. A module's cross-organization block is a list of these.
 */
export async function expectAccess<T, V>(
  t: TestApp,
  query: TypedDocumentNode<T, V>,
  variables: V,
  expected: Partial<Record<Caller, Outcome>>,
): Promise<void>;
/** With a plain string: operations outside the committed schema (the module-template example's). */
export async function expectAccess(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  expected: Partial<Record<Caller, Outcome>>,
): Promise<void>;
export async function expectAccess(
  t: TestApp,
  query: string | TypedDocumentNode<unknown, unknown>,
  variables: unknown,
  expected: Partial<Record<Caller, Outcome>>,
): Promise<void> {
  const actual: Partial<Record<Caller, Outcome>> = {};
  for (const caller of Object.keys(expected) as Caller[]) {
    const client = await clientFor(t, caller);
    const r =
      typeof query === 'string' ? await client.gql(query, variables as Record<string, unknown>) : await client.gql(query, variables);
    actual[caller] = r.errors?.length ? (Client.code(r) ?? 'UNKNOWN') : 'ok';
  }
  expect(actual).toEqual(expected);
}
