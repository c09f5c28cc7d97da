import { Client, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { learnFixture, type LearnFixture } from './support/learn';
import { ACTIVITIES, ACTIVITY, ACTIVITY_FIGURES, ADD_PEOPLE, SAVE_ACTIVITY, SET_HOURS } from './support/activities';

describe("activities (Act): citizens' own activities with hours and the generation mix", () => {
  let t: TestApp, saha: Client, city: Client, yeonje: Client;
  let register: LearnFixture['register'];
  let stream: string;

  beforeAll(async () => {
    ({ t, saha, city, yeonje, register } = await learnFixture());
    stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
  });
  afterAll(() => t.close());

  it('a club led by a citizen: people of several generations join (age band at joining), hours add up, the mix index says how mixed it is', async () => {
    const leader = await register(saha, '동아리장', null);
    const a = (
      await saha.gql(SAVE_ACTIVITY, {
        i: {
          kind: 'LEARNING_CLUB',
          title: '사하 AI 동아리',
          startsOn: '2026-03-01',
          streamId: stream,
          leaderParticipantId: leader.id,
          openHeadcount: 5,
        },
      })
    ).data!.saveActivity;
    const young = await register(saha, '청년회원', null);
    await t.db.query('UPDATE participant SET birth_year = 2001 WHERE id = $1', [young.id]);
    expect(
      (await saha.gql(ADD_PEOPLE, { i: { activityId: a.id, participantIds: [young.id, leader.id] } })).data!.addActivityParticipants,
    ).toBe(1); // the leader already takes part
    // Everyone's hours in one save (the same for all, then exceptions); all or none.
    const both = await saha.gql(SET_HOURS, {
      i: {
        activityId: a.id,
        entries: [
          { participantId: young.id, hours: 2 },
          { participantId: leader.id, hours: 2 },
        ],
      },
    });
    expect(both.data!.setActivityHours.map((p) => p.hours)).toEqual([2, 2]);
    const stranger = await register(saha, '다른사람', null);
    expect(
      Client.code(
        await saha.gql(SET_HOURS, {
          i: {
            activityId: a.id,
            entries: [
              { participantId: young.id, hours: 9 },
              { participantId: stranger.id, hours: 9 },
            ],
          },
        }),
      ),
    ).toBe('PARTICIPANT_NOT_FOUND');
    expect(
      Client.code(
        await saha.gql(SET_HOURS, {
          i: {
            activityId: a.id,
            entries: [
              { participantId: young.id, hours: 1 },
              { participantId: young.id, hours: 3 },
            ],
          },
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    await saha.gql(SET_HOURS, { i: { activityId: a.id, entries: [{ participantId: young.id, hours: 4.5 }] } });
    expect(
      await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'activity.hours'", [a.id]),
    ).toEqual([{ n: 3 }]); // two in the first save, one in the last: the refused saves left nothing
    const seen = (await saha.gql(ACTIVITY, { id: a.id })).data!.activity;
    expect(seen.figures).toMatchObject({ participants: 2, people: 7, hours: 6.5, mixIndex: 0.5 });
    expect(seen.figures.generations.filter((g) => g.count > 0)).toEqual([
      { band: 'AGE_20_39', count: 1 },
      { band: 'AGE_65_PLUS', count: 1 },
    ]);
    expect(seen.people).toHaveLength(2);
    expect(seen.leader).toEqual({ id: leader.id });
    expect(Client.code(await saha.gql(SET_HOURS, { i: { activityId: a.id, entries: [{ participantId: young.id, hours: 1.25 }] } }))).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('role × organization: stream members see it in numbers, nobody else sees it; only the supporting organization sees and changes who takes part', async () => {
    const a = (
      await saha.gql(SAVE_ACTIVITY, { i: { kind: 'VOLUNTEER_EVENT', title: '사하 봉사의 날', startsOn: '2026-05-05', streamId: stream } })
    ).data!.saveActivity;
    await expectAccess(
      t,
      ACTIVITY_FIGURES,
      { id: a.id },
      {
        sahaStaff: 'ok',
        cityAdmin: 'ok',
        platformAdmin: 'ok',
        ministryViewer: 'ok',
        namStaff: 'ACTIVITY_NOT_FOUND',
        yeonjeStaff: 'ACTIVITY_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    expect((await city.gql(ACTIVITY, { id: a.id })).data!.activity).toMatchObject({ runByMe: false, people: null, leader: null });
    const someone = await register(city, '부산시민', null);
    expect(Client.code(await city.gql(ADD_PEOPLE, { i: { activityId: a.id, participantIds: [someone.id] } }))).toBe('FORBIDDEN');
    const mine = await register(saha, '사하시민', null);
    expect(Client.code(await saha.gql(ADD_PEOPLE, { i: { activityId: a.id, participantIds: [someone.id] } }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect((await saha.gql(ADD_PEOPLE, { i: { activityId: a.id, participantIds: [mine.id] } })).data!.addActivityParticipants).toBe(1);
    expect(
      Client.code(await city.gql(SAVE_ACTIVITY, { i: { id: a.id, kind: 'VOLUNTEER_EVENT', title: 'x', startsOn: '2026-05-05' } })),
    ).toBe('FORBIDDEN');
    expect(
      Client.code(await yeonje.gql(SAVE_ACTIVITY, { i: { kind: 'CHALLENGE', title: 'x', startsOn: '2026-05-05', streamId: stream } })),
    ).toBe('ACTIVITY_STREAM_NOT_MEMBER');
    expect((await yeonje.gql(ACTIVITIES, {})).data!.activities.items.map((x) => x.id)).not.toContain(a.id);
  });

  it('refuses impossible dates and counts, naming the field', async () => {
    const bad = await saha.gql(SAVE_ACTIVITY, {
      i: { kind: 'CHALLENGE', title: '날짜 시험', startsOn: '2026-05-05', endsOn: '2026-05-01', openHeadcount: -1 },
    });
    expect(Client.code(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual(['openHeadcount']);
    expect(
      Client.code(
        await saha.gql(SAVE_ACTIVITY, { i: { kind: 'CHALLENGE', title: '날짜 시험', startsOn: '2026-05-05', endsOn: '2026-05-01' } }),
      ),
    ).toBe('ACTIVITY_NOT_ENDED_BEFORE_START');
  });
});
