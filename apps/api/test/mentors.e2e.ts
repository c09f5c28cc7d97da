import { Client, TestApp } from './support/app';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { expectAccess } from './support/access-matrix';
import { SERIES, STATUS, ENROL, learnFixture, type LearnFixture } from './support/learn';
import { RECORD } from './support/enrolments';
import {
  ASSIGN,
  GROUPS,
  SAVE_GROUP,
  ASSIGNMENTS,
  CANCEL_ASSIGNMENT,
  HOURS,
  LOG_HOURS,
  MENTOR,
  MENTORS,
  RECORD_MENTOR,
  RESPOND,
  SESSION_MENTORS,
  SET_COURSE,
  SUGGEST,
  UPDATE_MENTOR,
  VERIFY_HOURS,
} from './support/mentors';

/** Waits until `check` holds (the outbox worker delivers after commit), failing after a few seconds. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

describe('mentors: credentials from mentor courses, deployment into class sessions, verified hours', () => {
  let t: TestApp, saha: Client, city: Client, yeonje: Client;
  let nextYear: string;
  let count: LearnFixture['count'],
    newProgramme: LearnFixture['newProgramme'],
    recruiting: LearnFixture['recruiting'],
    register: LearnFixture['register'];

  beforeAll(async () => {
    ({ t, saha, city, yeonje, count, newProgramme, recruiting, register, nextYear } = await learnFixture());
  });
  afterAll(() => t.close());

  /** Sessions of a Saha-gu programme inserted at given times (fixtures: the weekly series cannot make 50 in one week). */
  const nextStream = async () =>
    ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-NEXT'")) as Array<{ id: string }>)[0]!.id;

  const sessionsAt = async (programmeId: string, times: Array<[start: string, end: string]>) =>
    (
      (await t.db.query(
        `INSERT INTO programme_session (programme_id, starts_at, ends_at, online_url, check_in_code)
         SELECT $1, x.s, x.e, 'https://meet.example.test/m', upper(substr(md5(random()::text), 1, 6)) FROM unnest($2::timestamptz[], $3::timestamptz[]) AS x(s, e) RETURNING id`,
        [programmeId, times.map((x) => x[0]), times.map((x) => x[1])],
      )) as Array<{ id: string }>
    ).map((r) => r.id);

  const mentorFor = async (
    c: Client,
    name: string,
    extra: { weeklyHours?: number; skills?: string[]; availableWeekdays?: number[]; districts?: string[] } = {},
  ) => {
    const person = await register(c, name, null);
    const r = await c.gql(RECORD_MENTOR, {
      i: { participantId: person.id, kind: 'DIGITAL_MENTOR', evidence: '디지털 멘토 양성과정 수료증 2025-101', ...extra },
    });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.recordMentor;
  };

  it('the demo holds Nam-gu’s AI Learning Coach graduates as mentors, seen by Nam-gu and its stream partner only (role × organization)', async () => {
    const nam = await t.as('nam.staff@lalaland.test');
    const pool = (await nam.gql(MENTORS, { kind: 'AI_COACH', mine: true })).data!.mentors;
    expect(pool.totalCount).toBeGreaterThan(3);
    expect(pool.items[0]).toMatchObject({
      heldByMe: true,
      organization: { shortCode: 'NAM' },
      credentials: [{ kind: 'AI_COACH', source: 'COURSE' }],
    });
    const id = pool.items[0]!.id;
    await expectAccess(
      t,
      MENTOR,
      { id },
      {
        namStaff: 'ok',
        namAdmin: 'ok',
        platformAdmin: 'ok',
        yeonjeStaff: 'MENTOR_NOT_FOUND',
        sahaStaff: 'MENTOR_NOT_FOUND',
        cityAdmin: 'MENTOR_NOT_FOUND',
        ministryViewer: 'MENTOR_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    expect((await yeonje.gql(MENTORS, { kind: 'AI_COACH' })).data!.mentors.items.filter((m) => m.organization.shortCode === 'NAM')).toEqual(
      [],
    );
    // The profile is not a second person: the holder reads the name through the participant (a logged read).
    const m = (await nam.gql(MENTOR, { id })).data!.mentor;
    expect(m.participant.personal?.name).toBeTruthy();
    expect(m.verifiedMinutes).toBeGreaterThan(0); // the seed's held sessions in the Digital Literacy Academy, verified
  });

  it('completing a mentor course earns its credential once, even when the completion event is delivered twice', async () => {
    const p = await newProgramme(saha, { titleKo: '디지털 봉사단 양성 과정', capacity: 5, completionRate: 50 });
    expect((await saha.gql(SET_COURSE, { p: p.id, k: 'VOLUNTEER' })).data!.setMentorCourse).toBe('VOLUNTEER');
    expect(Client.code(await yeonje.gql(SET_COURSE, { p: p.id, k: 'VOLUNTEER' }))).toBe('PROGRAMME_NOT_FOUND');
    const [session] = (
      await saha.gql(SERIES, {
        i: {
          programmeId: p.id,
          firstDate: '2025-10-06',
          weekdays: [1],
          count: 1,
          startTime: '10:00',
          endTime: '12:00',
          onlineUrl: 'https://x.test/a',
        },
      })
    ).data!.createSessionSeries;
    await recruiting(p.id);
    const learner = await register(saha, '김봉사', '010-3131-3131');
    const e = (await saha.gql(ENROL, { p: p.id, x: learner.id })).data!.enrol.id;
    await saha.gql(STATUS, { id: p.id, s: 'RUNNING' });
    await saha.gql(RECORD, { i: { sessionId: session!.id, entries: [{ enrolmentId: e, status: 'PRESENT' }] } });
    await saha.gql(STATUS, { id: p.id, s: 'COMPLETED' });
    const credentials = () =>
      count(
        "SELECT count(*) AS n FROM mentor_credential c JOIN mentor m ON m.id = c.mentor_id WHERE m.participant_id = $1 AND c.kind = 'VOLUNTEER'",
        [learner.id],
      );
    await until(async () => (await credentials()) === 1);
    // The same completion delivered again (a replica retrying after a crash): nothing more.
    await t.db.query(
      `INSERT INTO outbox_message (event, handler, payload, origin) SELECT event, handler, payload, origin FROM outbox_message
        WHERE event = 'enrolment.completed' AND handler = 'MentorEventsHandler.completed' AND payload->>'programmeId' = $1`,
      [p.id],
    );
    await t.app.get(OutboxWorker).drain();
    expect(await count("SELECT count(*) AS n FROM outbox_message WHERE event = 'enrolment.completed' AND delivered_at IS NULL")).toBe(0);
    expect(await credentials()).toBe(1);
    expect(await count('SELECT count(*) AS n FROM mentor WHERE participant_id = $1', [learner.id])).toBe(1);
    expect(await count("SELECT count(*) AS n FROM audit_event WHERE action = 'mentor.credential_earn'")).toBeGreaterThanOrEqual(1);
  });

  it('a mentor of a partner is assigned, confirmed for them, their hours logged and verified by the host (role × organization on the assignment)', async () => {
    const busanMentor = await mentorFor(city, '박멘토', {
      weeklyHours: 6,
      skills: ['AI', '스마트폰'],
      availableWeekdays: [3],
      districts: ['26380'],
    });
    expect(busanMentor.credentials).toEqual([
      { kind: 'DIGITAL_MENTOR', source: 'RECORDED', evidence: '디지털 멘토 양성과정 수료증 2025-101' },
    ]);
    expect(Client.code(await saha.gql(UPDATE_MENTOR, { i: { id: busanMentor.id, weeklyHours: 10 } }))).toBe('FORBIDDEN');
    const p = await newProgramme(saha, { titleKo: '스마트폰 기초 (멘토 지원)', initiativeId: nextYear, startsOn: '2027-01-04' });
    await recruiting(p.id);
    const [session] = await sessionsAt(p.id, [['2027-03-03T10:00:00+09:00', '2027-03-03T12:00:00+09:00']]);
    // Suggested with the reasons: the skill asked for, the host's district, free that weekday, the week's load.
    const suggested = (await saha.gql(SUGGEST, { s: session!, k: ['ai'] })).data!.mentorSuggestions;
    expect(suggested[0]).toMatchObject({
      mentor: { id: busanMentor.id },
      matchedSkills: ['AI'],
      inDistrict: true,
      availableThatDay: true,
      weekMinutes: 0,
      capacityMinutes: 360,
      score: 6,
    });
    expect(Client.code(await yeonje.gql(SUGGEST, { s: session! }))).toBe('SESSION_NOT_FOUND');
    const a = (await saha.gql(ASSIGN, { s: session!, m: busanMentor.id })).data!.assignMentor;
    expect(a).toMatchObject({ status: 'ASSIGNED', minutes: 120, week: '2027-03-01' });
    await expectAccess(t, SESSION_MENTORS, { id: session! }, { sahaStaff: 'ok', cityAdmin: 'ok', yeonjeStaff: 'SESSION_NOT_FOUND' });
    expect((await city.gql(ASSIGNMENTS, { reply: true })).data!.mentorAssignments.items.find((x) => x.id === a.id)?.can).toEqual({
      reply: true,
      cancel: true,
      log: false,
      verify: false,
    });
    // Only the organization holding the mentor replies for them.
    expect(Client.code(await saha.gql(RESPOND, { id: a.id, a: true }))).toBe('FORBIDDEN');
    expect(Client.code(await yeonje.gql(RESPOND, { id: a.id, a: true }))).toBe('MENTOR_ASSIGNMENT_NOT_FOUND');
    expect((await city.gql(RESPOND, { id: a.id, a: true })).data!.respondMentorAssignment.status).toBe('CONFIRMED');
    expect(Client.code(await city.gql(RESPOND, { id: a.id, a: false }))).toBe('MENTOR_ASSIGNMENT_STATE');
    expect(Client.code(await city.gql(LOG_HOURS, { id: a.id, m: 120 }))).toBe('MENTOR_HOURS_TOO_EARLY');
    // The session is held (moved into the past; the assignment follows its session).
    await t.db.query(
      "UPDATE programme_session SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1",
      [session!],
    );
    expect(Client.code(await city.gql(LOG_HOURS, { id: a.id, m: 1441 }))).toBe('VALIDATION_FAILED');
    expect((await city.gql(LOG_HOURS, { id: a.id, m: 110 })).data!.logMentorHours).toMatchObject({ loggedMinutes: 110, verifiedAt: null });
    expect(Client.code(await city.gql(VERIFY_HOURS, { id: a.id }))).toBe('FORBIDDEN');
    expect((await saha.gql(ASSIGNMENTS, { verify: true })).data!.mentorAssignments.items.map((x) => x.id)).toContain(a.id);
    expect((await saha.gql(VERIFY_HOURS, { id: a.id })).data!.verifyMentorHours.verifiedAt).toBeTruthy();
    expect(Client.code(await city.gql(LOG_HOURS, { id: a.id, m: 200 }))).toBe('MENTOR_HOURS_VERIFIED');
    expect((await city.gql(MENTOR, { id: busanMentor.id })).data!.mentor.verifiedMinutes).toBe(110);
    expect((await saha.gql(HOURS, { s: await nextStream() })).data!.mentorHours).toMatchObject({
      verifiedMinutes: 110,
      sessions: 1,
      mentors: 1,
    });
    // a stream the caller is not in, or none at all, is not found (never zeros)
    const yeonjeStream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'YEONJE-IT-DX-2025'")) as Array<{ id: string }>)[0]!
      .id;
    expect(Client.code(await saha.gql(HOURS, { s: yeonjeStream }))).toBe('FUNDING_STREAM_NOT_FOUND');
    expect(Client.code(await saha.gql(HOURS, { s: '00000000-0000-4000-8000-000000000000' }))).toBe('FUNDING_STREAM_NOT_FOUND');
    const actions = (await t.db.query('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at', [a.id])) as Array<{
      action: string;
    }>;
    expect(actions.map((x) => x.action)).toEqual([
      'mentor_assignment.assign',
      'mentor_assignment.confirm',
      'mentor_assignment.log_hours',
      'mentor_assignment.verify',
    ]);
    // Announced after commit: the mentor's organization was asked, the host told of the answer (once each).
    await t.app.get(OutboxWorker).drain();
    expect(
      await count(
        "SELECT count(*) AS n FROM outbox_message WHERE event IN ('mentor.assigned', 'mentor.responded') AND delivered_at IS NULL",
      ),
    ).toBe(0);
    expect(await count('SELECT count(DISTINCT kind) AS n FROM notification WHERE source_key LIKE $1', [`mentor-%:${a.id}%`])).toBe(2);
  });

  it('under 50 parallel assignments the database keeps a mentor to one class at a time and within the weekly hours', async () => {
    const p = await newProgramme(saha, { titleKo: '동시 배치 시험', initiativeId: nextYear, startsOn: '2027-01-04' });
    const busy = await mentorFor(saha, '이동시', { weeklyHours: 40 });
    const same = await sessionsAt(
      p.id,
      Array.from({ length: 50 }, () => ['2027-05-03T10:00:00+09:00', '2027-05-03T11:00:00+09:00'] as [string, string]),
    );
    const overlapping = await Promise.all(same.map((s) => saha.gql(ASSIGN, { s, m: busy.id })));
    expect(overlapping.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(overlapping.filter((r) => r.errors).map((r) => Client.code(r)))).toEqual(new Set(['MENTOR_BUSY']));

    const fourHours = await mentorFor(saha, '김네시간', { weeklyHours: 4 });
    // 50 one-hour sessions in one week, none overlapping: exactly four fit.
    const week = await sessionsAt(
      p.id,
      Array.from({ length: 50 }, (_, n) => {
        const day = String(10 + (n % 5)).padStart(2, '0');
        const hour = String(8 + Math.floor(n / 5)).padStart(2, '0');
        return [`2027-05-${day}T${hour}:00:00+09:00`, `2027-05-${day}T${hour}:59:00+09:00`] as [string, string];
      }),
    );
    const results = await Promise.all(week.map((s) => saha.gql(ASSIGN, { s, m: fourHours.id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(4);
    const refused = results.find((r) => r.errors)!;
    expect(Client.code(refused)).toBe('MENTOR_OVER_CAPACITY');
    expect(refused.errors![0]!.message).toBe('이 멘토의 주간 활동 가능 시간(4시간)을 넘습니다. 그 주에 이미 3.9시간이 배치되어 있습니다.');
    expect(
      await count(
        "SELECT coalesce(sum(minutes), 0) AS n FROM mentor_assignment WHERE mentor_id = $1 AND status IN ('ASSIGNED', 'CONFIRMED')",
        [fourHours.id],
      ),
    ).toBeLessThanOrEqual(240);
    // A declined or cancelled assignment frees the time.
    const live = results.find((r) => !r.errors)!.data!.assignMentor.id;
    expect((await saha.gql(CANCEL_ASSIGNMENT, { id: live })).data!.cancelMentorAssignment.status).toBe('CANCELLED');
    const freed = await Promise.all(week.map((s) => saha.gql(ASSIGN, { s, m: fourHours.id })));
    expect(freed.filter((r) => !r.errors)).toHaveLength(1);
  });

  it('a cancelled session cancels its live assignments; a session that ended takes none; an inactive mentor takes none', async () => {
    const p = await newProgramme(saha, { titleKo: '취소 배치 시험', initiativeId: nextYear, startsOn: '2027-01-04' });
    const m = await mentorFor(saha, '정취소');
    const [s1, s2] = await sessionsAt(p.id, [
      ['2027-06-07T10:00:00+09:00', '2027-06-07T11:00:00+09:00'],
      ['2020-06-07T10:00:00+09:00', '2020-06-07T11:00:00+09:00'],
    ]);
    const a = (await saha.gql(ASSIGN, { s: s1!, m: m.id })).data!.assignMentor;
    await t.db.query('UPDATE programme_session SET cancelled_at = now() WHERE id = $1', [s1!]);
    expect((await saha.gql(SESSION_MENTORS, { id: s1! })).data!.session.mentorAssignments).toEqual([{ id: a.id, status: 'CANCELLED' }]);
    expect(Client.code(await saha.gql(ASSIGN, { s: s1!, m: m.id }))).toBe('MENTOR_SESSION_CLOSED');
    expect(Client.code(await saha.gql(ASSIGN, { s: s2!, m: m.id }))).toBe('MENTOR_SESSION_CLOSED');
    await saha.gql(UPDATE_MENTOR, { i: { id: m.id, active: false } });
    const [s3] = await sessionsAt(p.id, [['2027-06-08T10:00:00+09:00', '2027-06-08T11:00:00+09:00']]);
    expect(Client.code(await saha.gql(ASSIGN, { s: s3!, m: m.id }))).toBe('MENTOR_INACTIVE');
    expect(Client.code(await saha.gql(UPDATE_MENTOR, { i: { id: m.id, weeklyHours: 41 } }))).toBe('VALIDATION_FAILED');
  });

  it('mentor groups: the demo volunteer team has its coordinator, roster and verified hours; members must be our own mentors; other organizations see none', async () => {
    const nam = await t.as('nam.staff@lalaland.test');
    const team = (await nam.gql(GROUPS, {})).data!.mentorGroups.find((g) => g.name === 'AI·온라인 수업 지원 봉사단')!;
    expect(team.members.length).toBeGreaterThan(3);
    expect(team.coordinator).not.toBeNull();
    expect(team.verifiedMinutes).toBeGreaterThan(0);
    const own = (await nam.gql(MENTORS, { mine: true })).data!.mentors.items.map((m) => m.id);
    const made = await nam.gql(SAVE_GROUP, { i: { name: '오후반 멘토단', memberIds: own.slice(0, 2), coordinatorId: own[0] } });
    expect(made.data!.saveMentorGroup.name).toBe('오후반 멘토단');
    expect(Client.code(await nam.gql(SAVE_GROUP, { i: { name: '오후반 멘토단' } }))).toBe('MENTOR_GROUP_NAME_TAKEN');
    const sahaMentor = await mentorFor(saha, '사하멘토');
    expect(Client.code(await nam.gql(SAVE_GROUP, { i: { name: '섞인 멘토단', memberIds: [own[0]!, sahaMentor.id] } }))).toBe(
      'MENTOR_NOT_FOUND',
    );
    expect((await yeonje.gql(GROUPS, {})).data!.mentorGroups.map((g) => g.name)).not.toContain('오후반 멘토단');
    expect(Client.code(await yeonje.gql(SAVE_GROUP, { i: { id: made.data!.saveMentorGroup.id, name: '가로채기' } }))).toBe(
      'MENTOR_GROUP_NOT_FOUND',
    );
  });
});
