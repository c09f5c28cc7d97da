import { Client, startTestApp, TestApp } from './support/app';
import { PUBLISH } from './support/coordination';
import { consent, REGISTER } from './support/learn';
import { graphql } from './gql';

const SEARCH = graphql(`
  query TestSearch($q: String!, $kind: SearchKind) {
    search(text: $q, limit: 50, kind: $kind) {
      kind
      id
      title
      detail
      link
    }
  }
`);
const SAVE_TASK = graphql(`
  mutation TestSearchSaveTask($i: TaskInput!) {
    saveTask(input: $i) {
      id
    }
  }
`);

type Hit = { kind: string; title: string; detail?: string | null; link: string };
const kinds = (hits: Hit[]) => [...new Set(hits.map((h) => h.kind))].sort();

describe('search: everything the caller may see, through each module’s own access rule, Korean words of two syllables and more', () => {
  let t: TestApp;
  let city: Client, saha: Client, nam: Client, univ: Client, viewer: Client, yeonje: Client;
  const find = async (c: Client, q: string, kind?: string) => (await c.gql(SEARCH, { q, kind: kind as never })).data!.search as Hit[];

  beforeAll(async () => {
    t = await startTestApp();
    [city, saha, nam, univ, viewer, yeonje] = (await Promise.all(
      ['city.admin', 'saha.staff', 'nam.staff', 'univ.staff', 'viewer', 'yeonje.staff'].map((u) => t.as(`${u}@lalaland.test`)),
    )) as [Client, Client, Client, Client, Client, Client];
  });
  afterAll(() => t.close());

  it('finds programmes, activities, openings, venues and mentors by a word, exact titles first, each only where its rule lets the caller see it', async () => {
    const found = await find(city, '디지털');
    expect(kinds(found)).toEqual(expect.arrayContaining(['OPENING', 'PROGRAMME', 'VENUE']));
    expect((await find(yeonje, '디지털', 'ACTIVITY')).map((h) => h.title)).toContain('전세대 디지털 챌린지 (샘플)');
    const programmes = await find(city, '디지털', 'PROGRAMME');
    expect(programmes.length).toBeGreaterThanOrEqual(3);
    expect(programmes.every((h) => h.link.startsWith('/programmes/') && h.detail)).toBe(true); // the host named
    // Two syllables (the trigram index needed three) and two words (both must occur, in any order)
    expect((await find(city, '마케팅 디지털')).map((h) => h.title)).toEqual(
      expect.arrayContaining(['디지털 마케팅 창업 과정 (샘플)', '디지털 마케팅 인턴 (샘플)']),
    );
    expect((await find(city, '창업')).length).toBeGreaterThan(0);
    // The exact title ranks first, then titles starting with the words, before words found in a description only
    const ranked = await find(nam, '디지털 리터러시 아카데미');
    expect(ranked[0]!.title).toBe('디지털 리터러시 아카데미');
    expect((await find(city, '디지털 리터러시 아카데미')).map((h) => h.title)).not.toContain('디지털 리터러시 아카데미'); // Nam-gu's own stream
    // Only one kind when asked
    expect(kinds(await find(city, '디지털', 'PROGRAMME'))).toEqual(['PROGRAMME']);
    // Mentors by skill, under their key for an organization that does not hold them
    // Mentors by skill: the holding organization sees their names (a logged read); one sharing no stream finds none
    const mentors = await find(nam, '학습코칭', 'MENTOR');
    expect(mentors.length).toBeGreaterThan(0);
    expect(mentors.every((h) => !/^P[A-Z0-9]{7}$/.test(h.title) && h.detail!.includes('AI 학습코칭'))).toBe(true);
    expect(await find(saha, '학습코칭', 'MENTOR')).toEqual([]);
  });

  it('a participant is found by name in the organization holding them (each name shown logged), by key where the caller meets them, never elsewhere', async () => {
    const person = (
      await saha.gql(REGISTER, { i: { name: '한빛나래', phone: '010-5151-6262', birthYear: 1957, consent, confirmedNew: true } })
    ).data!.registerParticipant;
    const table = async (q: string) => ({
      saha: kinds(await find(saha, q)),
      nam: kinds(await find(nam, q)),
      city: kinds(await find(city, q)),
      univ: kinds(await find(univ, q)),
      viewer: kinds(await find(viewer, q)),
    });
    expect(await table('빛나')).toEqual({ saha: ['PARTICIPANT'], nam: [], city: [], univ: [], viewer: [] });
    expect(await table(person.pseudonymKey.toLowerCase())).toEqual({ saha: ['PARTICIPANT'], nam: [], city: [], univ: [], viewer: [] });
    const hit = (await find(saha, '한빛나래'))[0]!;
    expect([hit.title, hit.detail, hit.link]).toEqual(['한빛나래', person.pseudonymKey, `/participants/${person.id}`]);
    const logged = (await t.db.query(
      "SELECT fields::text AS f FROM personal_data_access WHERE participant_id = $1 AND purpose = 'graphql:search'",
      [person.id],
    )) as Array<{ f: string }>;
    expect(logged.map((l) => l.f)).toEqual(['{NAME}', '{NAME}', '{NAME}']);

    // The demo's referral from Saha to the university: the recipient finds the referral by the key, not the person
    const [ref] = (await t.db.query(
      `SELECT p.pseudonym_key AS key FROM referral r JOIN participant p ON p.id = r.participant_id
        JOIN organization o ON o.id = r.to_organization_id WHERE o.short_code = 'SAMPLE_UNIV_A' LIMIT 1`,
    )) as Array<{ key: string }>;
    expect(await table(ref!.key)).toEqual({ saha: ['PARTICIPANT', 'REFERRAL'], nam: [], city: [], univ: ['REFERRAL'], viewer: [] });
  });

  it('coordination records keep their own rules; wildcards are characters; one character finds nothing', async () => {
    const stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    const sahaOrg = await t.orgId('SAHA');
    await city.gql(PUBLISH, {
      i: { streamId: stream, title: '찾기시험 성과 공유회', body: '안내', audienceOrganizationIds: [sahaOrg] },
    });
    await saha.gql(SAVE_TASK, { i: { title: '찾기시험 강사 섭외', assigneeOrganizationId: sahaOrg } });
    expect((await find(saha, '찾기시험')).map((h) => [h.kind, h.title]).sort()).toEqual([
      ['ANNOUNCEMENT', '찾기시험 성과 공유회'],
      ['TASK', '찾기시험 강사 섭외'],
    ]);
    expect(await find(nam, '찾기시험')).toEqual([]);
    expect(kinds(await find(city, '찾기시험'))).toEqual(['ANNOUNCEMENT']); // Saha's internal task stays Saha's
    expect(await find(saha, '%')).toEqual([]);
    expect(await find(saha, '%%')).toEqual([]);
    expect(await find(saha, '찾')).toEqual([]);
    expect(await find(saha, '찾기 %_')).toEqual([]);
  });
});
