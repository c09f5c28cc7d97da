// The hosts' side of the public-door benchmarks (catalogue, rush): who signs in, which initiative, and a programme opened.
import { gql, signInAs } from './load';

/** A day `days` from today in Seoul, as YYYY-MM-DD. */
export const day = (days: number) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Saha-gu's staff and the city's admin signed in on the demo server, this year's LA-LA LAnd initiative, `ok` (a GraphQL
 * call that throws on errors), `recruit(id)`: a new programme proposed by Saha-gu, approved by the city, recruiting, and
 * `listed(programme, openHours)`: one created, recruited and listed first-come.
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
  /** A first-come programme of Saha-gu, recruiting and listed on the public door until `openHours` from now. */
  const listed = async (programme: Record<string, unknown>, openHours: number): Promise<string> => {
    const { createProgramme } = await ok(saha, 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
      i: { initiativeId: initiative.id, pillar: 'LEARN', domain: 'LIBERAL_ARTS', format: 'OFFLINE', ...programme },
    });
    const id = createProgramme.id as string;
    await recruit(id);
    await ok(saha, 'mutation($i: ProgrammeOfferInput!) { saveProgrammeOffer(input: $i) { published } }', {
      i: {
        programmeId: id,
        published: true,
        selection: 'FIRST_COME',
        feeWon: 0,
        applyUntil: new Date(Date.now() + openHours * 3_600_000).toISOString(),
      },
    });
    return id;
  };
  return { url, saha, city, ok, initiativeId: initiative.id, recruit, listed };
}
