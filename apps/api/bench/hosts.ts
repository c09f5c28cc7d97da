// The hosts' side of the public-door benchmarks (catalogue, rush): who signs in, which initiative, and a programme opened.
import { gql, signInAs } from './load';

/** A day `days` from today in Seoul, as YYYY-MM-DD. */
export const day = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Saha-gu's staff and the city's admin signed in on the demo server, this year's LA-LA LAnd initiative, `ok` (a GraphQL
 * call that throws on errors) and `recruit(id)`: a new programme proposed by Saha-gu, approved by the city, recruiting.
 */
export async function hostSide(origin: string) {
  const url = `${origin}/graphql`;
  const [saha, city] = [await signInAs(url, 'saha.staff@lalaland.test'), await signInAs(url, 'city.admin@lalaland.test')];
  const ok = async (cookie: string, query: string, variables: Record<string, unknown>) => {
    const r = await gql(url, query, variables, cookie);
    if (r.errors) throw new Error(JSON.stringify(r.errors).slice(0, 300));
    return r.data;
  };
  const today = day(0);
  const { initiatives } = await ok(saha, '{ initiatives { id stream { code periodStart periodEnd } } }', {});
  const initiative = (initiatives as Array<{ id: string; stream: { code: string; periodStart: string; periodEnd: string } }>).find(
    (i) => i.stream.code.startsWith('LALALAND') && i.stream.periodStart <= today && i.stream.periodEnd >= today,
  )!;
  const status = 'mutation($id: ID!, $s: ProgrammeStatus!) { changeProgrammeStatus(id: $id, status: $s) { status } }';
  const recruit = async (id: string) => {
    await ok(saha, status, { id, s: 'PROPOSED' });
    await ok(city, status, { id, s: 'APPROVED' });
    await ok(saha, status, { id, s: 'RECRUITING' });
  };
  return { url, saha, city, ok, initiativeId: initiative.id, recruit };
}
