import { Client, TestApp } from './support/app';
import type { ProgrammeStatus } from './gql/graphql';
import { CREATE, UPDATE, STATUS, LIST, SERIES, UPDATE_SESSION, learnFixture, mondayAhead, type LearnFixture } from './support/learn';
import {
  STREAM_FIELDS,
  NESTED,
  NESTED_NO_VENUE,
  APPROVAL_QUEUE,
  CALENDAR,
  BOOKINGS,
  SWITCH,
  SESSIONS,
  RELEASE,
  RELEASE_MANY,
  ALLOW_BOOKING,
  RELEASES,
} from './support/programmes';
import { graphql } from './gql';

describe('programmes: lifecycle, the nested list, sessions and venues', () => {
  let t: TestApp, saha: Client, city: Client, yeonje: Client, ministry: Client;
  let initiative: string, venue: string, programme: string, nextYear: string;
  let count: LearnFixture['count'], newProgramme: LearnFixture['newProgramme'];

  beforeAll(async () => {
    ({ t, saha, city, yeonje, ministry, initiative, venue, programme, count, newProgramme, nextYear } = await learnFixture());
  });
  afterAll(() => t.close());

  it('seeds the three streams with programmes, nested sessions and enrolment counts in one list', async () => {
    const nam = await t.as('nam.staff@lalaland.test');
    const r = await nam.gql(LIST, { s: '배움온플러스' });
    expect(r.errors).toBeUndefined();
    const onplus = r.data!.programmes.items[0]!;
    expect(onplus.children.map((c) => c.titleKo)).toEqual(
      expect.arrayContaining(['AI 학습코치 양성과정', '디지털 리터러시 아카데미', 'AI·온라인 수업 지원 봉사단']),
    );
    const courses = (await nam.gql(LIST, { s: 'AI 학습코치' })).data!.programmes.items[0]!;
    expect(courses.status).toBe('COMPLETED');
    // the course closed: those below 80% attendance are not completed (미수료), nobody is left "enrolled"
    expect(courses.enrolmentCounts).toMatchObject({ enrolled: 0 });
    expect(courses.enrolmentCounts.completed! + courses.enrolmentCounts.notCompleted!).toBe(18);
    expect(courses.enrolmentCounts.notCompleted).toBeGreaterThan(0);
    expect(courses.sessions).toHaveLength(8);
    expect(
      await count(
        "SELECT count(*) AS n FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id JOIN programme p ON p.id = e.programme_id WHERE p.title_ko = 'AI 학습코치 양성과정'",
      ),
    ).toBeGreaterThan(10);
    expect(
      await count(`SELECT count(*) AS n FROM programme p WHERE (p.seats_taken, p.applied_count, p.waitlisted_count, p.completed_count, p.not_completed_count)
      <> (SELECT count(*) FILTER (WHERE status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')), count(*) FILTER (WHERE status = 'APPLIED'), count(*) FILTER (WHERE status = 'WAITLISTED'), count(*) FILTER (WHERE status = 'COMPLETED'), count(*) FILTER (WHERE status = 'NOT_COMPLETED')
            FROM enrolment e WHERE e.programme_id = p.id)`),
    ).toBe(0); // the seeded counters agree with the rows
    const [yjStream] = (await t.db.query("SELECT id FROM funding_stream WHERE code = 'YEONJE-IT-DX-2025'")) as Array<{ id: string }>;
    const yj = await yeonje.gql(STREAM_FIELDS, { id: yjStream!.id });
    expect(yj.data!.streamFields).toHaveLength(9);
  });

  it('answers the nested list (hosts, sessions, counts) with one statement after the session lookup, for any page', async () => {
    const { result, sql } = await t.statements(() => ministry.gql(NESTED, {})); // a ministry sees every stream
    expect(result.errors).toBeUndefined();
    const { items, totalCount } = result.data!.programmes;
    expect(items).toHaveLength(10);
    expect(totalCount).toBeGreaterThan(10);
    expect(items.every((p) => p.host.nameKo && Array.isArray(p.sessions))).toBe(true);
    expect(items.some((p) => p.sessions.length > 0 && p.sessions[0]!.startsAt.endsWith('Z'))).toBe(true);
    // The session lookup, the list, and the venues a session names (one batched query): no N+1.
    expect(sql.length).toBeLessThanOrEqual(3);
    // (the session lookup may be answered from memory: the response cache keeps sessions resolved since the last change)
    const { sql: withoutVenue } = await t.statements(() => ministry.gql(NESTED_NO_VENUE, {}));
    expect(withoutVenue.filter((q) => !q.includes('FROM user_session'))).toHaveLength(1);
    const past = await ministry.gql(NESTED, { offset: 5000 });
    expect(past.data!.programmes).toEqual({ totalCount, items: [] });
  });

  it('createProgramme refuses a host it will not honour; the ministry reads a programme but not the partners’ comments on it (hardening 2, item 13)', async () => {
    const named = await saha.gql(CREATE, {
      i: {
        initiativeId: initiative,
        titleKo: '남의 이름으로',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 10,
        startsOn: '2025-09-01',
        hostOrganizationId: await t.orgId('BUSAN'),
      },
    });
    expect(Client.code(named)).toBe('VALIDATION_FAILED');
    expect(named.errors![0]!.extensions.fields![0]!.field).toBe('hostOrganizationId');
    const comments = graphql(`
      query TestProgrammeComments($id: ID!) {
        comments(recordType: PROGRAMME, recordId: $id) {
          id
        }
      }
    `);
    const [running] = (await t.db.query(
      "SELECT p.id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'SAHA' AND p.status <> 'DRAFT' ORDER BY p.created_at LIMIT 1",
    )) as Array<{ id: string }>;
    expect((await saha.gql(comments, { id: running!.id })).errors).toBeUndefined();
    expect(Client.code(await ministry.gql(comments, { id: running!.id }))).toBe('PROGRAMME_NOT_FOUND');
    expect((await ministry.gql(SESSIONS, { id: running!.id })).errors).toBeUndefined();
  });

  describe('programme lifecycle', () => {
    it('accepts only legal transitions, each by its actor, and a return needs a comment', async () => {
      const p = await newProgramme(saha);
      expect(p).toMatchObject({ status: 'DRAFT', canRun: true, canDecide: false, host: { shortCode: 'SAHA' } });
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'RUNNING' }))).toBe('ILLEGAL_TRANSITION');
      expect((await saha.gql(STATUS, { id: p.id, s: 'PROPOSED' })).data!.changeProgrammeStatus.status).toBe('PROPOSED');
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'APPROVED' }))).toBe('FORBIDDEN');
      const queue = (await city.gql(APPROVAL_QUEUE, {})).data!.programmeApprovalQueue;
      expect(queue.map((x) => x.id)).toContain(p.id);
      const noComment = await city.gql(STATUS, { id: p.id, s: 'RETURNED' });
      expect(Client.code(noComment)).toBe('RETURN_COMMENT_REQUIRED');
      expect(noComment.errors![0]!.extensions.fields![0]!.field).toBe('comment');
      expect((await city.gql(STATUS, { id: p.id, s: 'RETURNED', c: '목표 인원을 적어 주세요' })).data!.changeProgrammeStatus).toMatchObject(
        {
          status: 'RETURNED',
          statusComment: '목표 인원을 적어 주세요',
        },
      );
      expect((await saha.gql(UPDATE, { i: { id: p.id, capacity: 12 } })).data!.updateProgramme.capacity).toBe(12);
      expect((await saha.gql(STATUS, { id: p.id, s: 'PROPOSED' })).data!.changeProgrammeStatus.status).toBe('PROPOSED');
      expect(Client.code(await saha.gql(UPDATE, { i: { id: p.id, capacity: 13 } }))).toBe('PROGRAMME_NOT_EDITABLE');
      expect((await city.gql(STATUS, { id: p.id, s: 'APPROVED' })).data!.changeProgrammeStatus.status).toBe('APPROVED');
      expect(Client.code(await city.gql(STATUS, { id: p.id, s: 'RECRUITING' }))).toBe('FORBIDDEN'); // the host opens recruiting
      for (const s of ['RECRUITING', 'RUNNING', 'COMPLETED'] as ProgrammeStatus[])
        expect((await saha.gql(STATUS, { id: p.id, s })).data!.changeProgrammeStatus.status).toBe(s);
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'CANCELLED' }))).toBe('ILLEGAL_TRANSITION');
      const actions = (await t.db.query('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id', [p.id])) as Array<{
        action: string;
      }>;
      expect(actions.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'programme.create',
          'programme.proposed',
          'programme.returned',
          'programme.update',
          'programme.approved',
          'programme.recruiting',
          'programme.running',
          'programme.completed',
        ]),
      );
    });

    it('validates programmes with field messages; co-hosts must be in the stream', async () => {
      const r = await saha.gql(CREATE, {
        i: {
          initiativeId: initiative,
          titleKo: '',
          pillar: 'LEARN',
          domain: 'VOCATIONAL',
          format: 'OFFLINE',
          capacity: 0,
          startsOn: '2026-13-40',
        },
      });
      expect(Client.code(r)).toBe('VALIDATION_FAILED');
      expect(r.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['capacity', 'startsOn', 'titleKo']);
      expect(
        Client.code(
          await saha.gql(CREATE, {
            i: {
              initiativeId: initiative,
              titleKo: 'x',
              pillar: 'LEARN',
              domain: 'VOCATIONAL',
              format: 'OFFLINE',
              capacity: 5,
              startsOn: '2025-09-01',
              cohostIds: [await t.orgId('YEONJE')],
            },
          }),
        ),
      ).toBe('COHOST_NOT_IN_STREAM');
    });
  });

  describe('sessions and venues', () => {
    it('generates a weekly series in Seoul time and refuses a double booking with VENUE_CONFLICT naming the clash, saving nothing', async () => {
      const r = await saha.gql(SERIES, {
        i: {
          programmeId: programme,
          firstDate: '2025-09-01',
          weekdays: [1, 3],
          count: 4,
          startTime: '19:00',
          endTime: '21:00',
          venueId: venue,
        },
      });
      expect(r.errors).toBeUndefined();
      const s = r.data!.createSessionSeries;
      expect(s.map((x) => x.startsAt)).toEqual([
        '2025-09-01T10:00:00.000Z',
        '2025-09-03T10:00:00.000Z',
        '2025-09-08T10:00:00.000Z',
        '2025-09-10T10:00:00.000Z',
      ]);
      expect(new Set(s.map((x) => x.seriesId)).size).toBe(1);
      expect(s[0]!.checkInCode).toMatch(/^[A-Z2-9]{6}$/);

      const other = await newProgramme(saha, { titleKo: '겹치는 과정' });
      const before = await count('SELECT count(*) AS n FROM programme_session WHERE programme_id = $1', [other.id]);
      const clash = await saha.gql(SERIES, {
        i: {
          programmeId: other.id,
          firstDate: '2025-09-01',
          weekdays: [1],
          count: 3,
          startTime: '20:00',
          endTime: '22:00',
          venueId: venue,
        },
      });
      expect(Client.code(clash)).toBe('VENUE_CONFLICT');
      expect(clash.errors![0]!.message).toContain('디지털 창업 실습');
      expect(clash.errors![0]!.extensions.conflictingSessionId).toBe(s[0]!.id);
      expect(await count('SELECT count(*) AS n FROM programme_session WHERE programme_id = $1', [other.id])).toBe(before);
      // a back-to-back booking is fine ([start, end) ranges), moving one occurrence onto another is not
      const ok = await saha.gql(SERIES, {
        i: {
          programmeId: other.id,
          firstDate: '2025-09-01',
          weekdays: [1],
          count: 1,
          startTime: '21:00',
          endTime: '22:00',
          venueId: venue,
        },
      });
      expect(ok.errors).toBeUndefined();
      const moved = await saha.gql(UPDATE_SESSION, {
        i: { id: ok.data!.createSessionSeries[0]!.id, startsAt: '2025-09-03T11:00:00.000Z', endsAt: '2025-09-03T12:30:00.000Z' },
      });
      expect(Client.code(moved)).toBe('VENUE_CONFLICT');
      const single = await saha.gql(UPDATE_SESSION, {
        i: { id: s[3]!.id, startsAt: '2025-09-11T10:00:00.000Z', endsAt: '2025-09-11T12:00:00.000Z' },
      });
      expect(single.data!.updateSession.startsAt).toBe('2025-09-11T10:00:00.000Z');
    });

    it('the consortium calendar lists visible sessions in a window of at most 62 days', async () => {
      const nam = await t.as('nam.staff@lalaland.test');
      const sept = await nam.gql(CALENDAR, { f: '2025-08-31T15:00:00Z', t: '2025-10-12T15:00:00Z' });
      expect(sept.errors).toBeUndefined();
      const titles = sept.data!.sessionCalendar.map((s) => s.programme.titleKo);
      expect(titles.filter((x) => x === '디지털 리터러시 아카데미').length).toBeGreaterThanOrEqual(8);
      expect(sept.data!.sessionCalendar.map((s) => s.startsAt)).toEqual([...sept.data!.sessionCalendar.map((s) => s.startsAt)].sort());
      // Yeonje-gu is not in Nam-gu's stream: none of its sessions.
      expect(
        (await yeonje.gql(CALENDAR, { f: '2025-08-31T15:00:00Z', t: '2025-10-12T15:00:00Z' })).data!.sessionCalendar.map(
          (s) => s.programme.titleKo,
        ),
      ).not.toContain('디지털 리터러시 아카데미');
      const tooLong = await nam.gql(CALENDAR, { f: '2025-01-01T00:00:00Z', t: '2025-06-01T00:00:00Z' });
      expect([Client.code(tooLong), tooLong.errors![0]!.extensions.fields![0]!.field]).toEqual(['VALIDATION_FAILED', 'to']);
      const garbage = Client.code(await nam.gql(CALENDAR, { f: 'yesterday', t: '2025-06-01T00:00:00Z' }));
      expect(garbage).toBeDefined();
      expect(garbage).not.toBe('INTERNAL_SERVER_ERROR');
    });

    it("a session lasts at most 12 hours and falls within the programme's dates; a clash with a programme the caller cannot see names nothing", async () => {
      const p = await newProgramme(saha, { titleKo: '기간 시험', startsOn: '2025-11-03', endsOn: '2025-11-28' });
      const series = (i: Record<string, unknown>) =>
        saha.gql(SERIES, {
          i: {
            programmeId: p.id,
            weekdays: [1],
            count: 1,
            startTime: '10:00',
            endTime: '12:00',
            venueId: venue,
            firstDate: '2025-11-03',
            ...i,
          },
        });
      expect(Client.code(await series({ firstDate: '2025-10-27' }))).toBe('SESSION_OUTSIDE_PROGRAMME');
      const noDay = await series({ weekdays: [] });
      expect([Client.code(noDay), noDay.errors![0]!.extensions.fields![0]]).toEqual([
        'VALIDATION_FAILED',
        expect.objectContaining({ field: 'weekdays', ko: '하나 이상 고르세요.' }),
      ]);
      expect(Client.code(await series({ firstDate: '2025-11-24', count: 2 }))).toBe('SESSION_OUTSIDE_PROGRAMME');
      const one = (await series({})).data!.createSessionSeries[0]!;
      expect(
        Client.code(
          await saha.gql(UPDATE_SESSION, { i: { id: one.id, startsAt: '2025-11-03T00:00:00+09:00', endsAt: '2025-11-03T13:00:00+09:00' } }),
        ),
      ).toBe('SESSION_TOO_LONG');
      expect(
        Client.code(
          await saha.gql(UPDATE_SESSION, { i: { id: one.id, startsAt: '2099-05-04T10:00:00+09:00', endsAt: '2099-05-04T12:00:00+09:00' } }),
        ),
      ).toBe('SESSION_OUTSIDE_PROGRAMME');
      // Yeonje-gu books the same Saha-gu room at the same time for its own programme: the draft's title stays hidden.
      const yjInitiative = ((await t.db.query("SELECT id FROM initiative WHERE code = 'YEONJE-DX'")) as Array<{ id: string }>)[0]!.id;
      const yj = await yeonje.gql(CREATE, {
        i: {
          initiativeId: yjInitiative,
          titleKo: '연제 과정',
          pillar: 'LEARN',
          domain: 'VOCATIONAL',
          format: 'OFFLINE',
          capacity: 10,
          startsOn: '2025-10-31',
        },
      });
      const clash = await yeonje.gql(SERIES, {
        i: {
          programmeId: yj.data!.createProgramme.id,
          firstDate: '2025-11-03',
          weekdays: [1],
          count: 1,
          startTime: '11:00',
          endTime: '13:00',
          venueId: venue,
        },
      });
      expect(Client.code(clash)).toBe('VENUE_BOOKED');
      expect(clash.errors![0]!.message).not.toContain('기간 시험');
      expect(clash.errors![0]!.extensions.conflictingSessionId).toBeUndefined();
    });

    it("the venue's owner sees every booking of it (titles only where it may see the programme) and releases one: the session loses the venue, audited for the booker", async () => {
      // A Yeonje-gu programme in its own stream books Saha-gu's room (as in the test above, a stranger to Saha-gu).
      const yjInitiative = ((await t.db.query("SELECT id FROM initiative WHERE code = 'YEONJE-DX'")) as Array<{ id: string }>)[0]!.id;
      const yj = (
        await yeonje.gql(CREATE, {
          i: {
            initiativeId: yjInitiative,
            titleKo: '연제 비공개 초안',
            pillar: 'LEARN',
            domain: 'VOCATIONAL',
            format: 'OFFLINE',
            capacity: 10,
            startsOn: '2025-12-01',
          },
        })
      ).data!.createProgramme;
      const booked = (
        await yeonje.gql(SERIES, {
          i: { programmeId: yj.id, firstDate: '2025-12-01', weekdays: [1], count: 1, startTime: '10:00', endTime: '12:00', venueId: venue },
        })
      ).data!.createSessionSeries[0]!;
      const sahaLc = await t.orgId('SAMPLE_LC_SAHA');
      const stranger = await t.as('nam.admin@lalaland.test'); // any caller but the owner sees null
      expect((await stranger.gql(BOOKINGS, { v: sahaLc })).data!.venues.items.find((v) => v.id === venue)!.bookings).toBeNull();
      // The owner of the room is the learning centre: its staff see the booking, without the draft's title.
      await t.db.query(
        "INSERT INTO membership (user_id, organization_id, role) SELECT u.id, $1, 'STAFF' FROM app_user u WHERE u.email = 'saha.staff@lalaland.test' ON CONFLICT DO NOTHING",
        [sahaLc],
      );
      const lc = await t.as('saha.staff@lalaland.test');
      await lc.gql(SWITCH, { o: sahaLc });
      const list = (await lc.gql(BOOKINGS, { v: sahaLc })).data!.venues.items.find((v) => v.id === venue)!.bookings;
      expect(list).toContainEqual({ sessionId: booked.id, programmeTitle: null, bookedBy: { shortCode: 'YEONJE' } });
      expect(Client.code(await lc.gql(RELEASE, { s: booked.id, r: '  ' }))).toBe('VALIDATION_FAILED');
      expect(Client.code(await yeonje.gql(RELEASE, { s: booked.id, r: '사용 불가' }))).toBe('SESSION_NOT_FOUND'); // only the owner
      expect((await lc.gql(RELEASE, { s: booked.id, r: '시설 보수 공사' })).data!.releaseVenueBooking).toBe(true);
      expect(await t.db.query('SELECT venue_id FROM programme_session WHERE id = $1', [booked.id])).toEqual([{ venue_id: null }]);
      const trail = await t.db.query(
        "SELECT o.short_code, a.changes FROM audit_event a JOIN organization o ON o.id = a.organization_id WHERE a.action = 'venue.booking_released' AND a.entity_id = $1",
        [yj.id],
      );
      expect(trail).toEqual([
        { short_code: 'YEONJE', changes: expect.objectContaining({ reason: [null, '시설 보수 공사'], sessions: [null, 1] }) },
      ]);
      // a released booking is not taken back without the owner (hardening 2, item 8)
      expect(Client.code(await yeonje.gql(UPDATE_SESSION, { i: { id: booked.id, venueId: venue } }))).toBe('VENUE_RELEASED');
      expect((await lc.gql(RELEASES, { id: venue })).data!.venue.releases).toEqual([{ programmeId: yj.id, reason: '시설 보수 공사' }]);
      expect(Client.code(await yeonje.gql(ALLOW_BOOKING, { v: venue, p: yj.id }))).toBe('VENUE_NOT_FOUND');
      expect((await lc.gql(ALLOW_BOOKING, { v: venue, p: yj.id })).data!.allowVenueBooking).toBe(true);
      expect((await yeonje.gql(UPDATE_SESSION, { i: { id: booked.id, venueId: venue } })).errors).toBeUndefined();
      await t.db.query('DELETE FROM membership m USING organization o WHERE o.id = m.organization_id AND o.short_code = $1', [
        'SAMPLE_LC_SAHA',
      ]);
    });

    it('another organization’s room is a loan, not a claim: programme dates stay in the stream year, bookings at most 120 days ahead and 20 hours a week, released in bulk (hardening 2, item 8)', async () => {
      expect(
        Client.code(
          await saha.gql(CREATE, {
            i: {
              initiativeId: initiative,
              titleKo: '2100년까지',
              pillar: 'LEARN',
              domain: 'VOCATIONAL',
              format: 'OFFLINE',
              capacity: 10,
              startsOn: '2025-09-01',
              endsOn: '2100-12-31',
            },
          }),
        ),
      ).toBe('PROGRAMME_OUTSIDE_STREAM');
      const first = mondayAhead(14);
      const p = await newProgramme(saha, { titleKo: '방 빌리는 과정', initiativeId: nextYear, startsOn: first });
      // 8-hour days: two in a week fit the 20 hours, three do not (and none of the three is saved)
      const day = { startTime: '09:00', endTime: '17:00', venueId: venue };
      expect(
        Client.code(await saha.gql(SERIES, { i: { programmeId: p.id, firstDate: first, weekdays: [1, 2, 3], count: 3, ...day } })),
      ).toBe('VENUE_WEEKLY_HOURS');
      expect(await count('SELECT count(*) AS n FROM programme_session WHERE programme_id = $1', [p.id])).toBe(0);
      expect(
        (await saha.gql(SERIES, { i: { programmeId: p.id, firstDate: first, weekdays: [1, 2], count: 2, ...day } })).errors,
      ).toBeUndefined();
      const q = await newProgramme(saha, { titleKo: '같은 주 다른 과정', initiativeId: nextYear, startsOn: first });
      const more = await saha.gql(SERIES, {
        i: { programmeId: q.id, firstDate: first, weekdays: [4], count: 1, startTime: '09:00', endTime: '14:00', venueId: venue },
      });
      expect(Client.code(more)).toBe('VENUE_WEEKLY_HOURS');
      // more than 120 days ahead
      const far = mondayAhead(130);
      expect(
        Client.code(
          await saha.gql(SERIES, {
            i: { programmeId: q.id, firstDate: far, weekdays: [1], count: 1, startTime: '10:00', endTime: '12:00', venueId: venue },
          }),
        ),
      ).toBe('VENUE_TOO_FAR_AHEAD');
      // the programme's dates may not be shortened under its sessions
      expect(Client.code(await saha.gql(UPDATE, { i: { id: p.id, startsOn: mondayAhead(60) } }))).toBe('PROGRAMME_DATES_EXCLUDE_SESSIONS');
      // the owner releases all of a programme's bookings in one step
      const sahaLc = await t.orgId('SAMPLE_LC_SAHA');
      await t.db.query(
        "INSERT INTO membership (user_id, organization_id, role) SELECT u.id, $1, 'STAFF' FROM app_user u WHERE u.email = 'saha.staff@lalaland.test' ON CONFLICT DO NOTHING",
        [sahaLc],
      );
      const lc = await t.as('saha.staff@lalaland.test');
      await lc.gql(SWITCH, { o: sahaLc });
      expect(Client.code(await lc.gql(RELEASE_MANY, { i: { venueId: venue, reason: '전부' } }))).toBe('VALIDATION_FAILED');
      expect(
        (await lc.gql(RELEASE_MANY, { i: { venueId: venue, programmeId: p.id, reason: '연말 점검' } })).data!.releaseVenueBookings,
      ).toBe(2);
      expect(await count('SELECT count(*) AS n FROM programme_session WHERE programme_id = $1 AND venue_id IS NOT NULL', [p.id])).toBe(0);
      expect(
        Client.code(
          await saha.gql(SERIES, {
            i: {
              programmeId: p.id,
              firstDate: mondayAhead(28),
              weekdays: [1],
              count: 1,
              startTime: '10:00',
              endTime: '12:00',
              venueId: venue,
            },
          }),
        ),
      ).toBe('VENUE_RELEASED');
      await t.db.query('DELETE FROM membership m USING organization o WHERE o.id = m.organization_id AND o.short_code = $1', [
        'SAMPLE_LC_SAHA',
      ]);
    });

    it('cancelling a programme cancels its sessions not yet held: kept for history, their venue free for another booking', async () => {
      // classes still to come (a few weeks ahead, within the 120 days another organization's room may be booked)
      const first = mondayAhead(21);
      const p = await newProgramme(saha, { titleKo: '취소될 과정', initiativeId: nextYear, startsOn: first });
      const slot = { firstDate: first, weekdays: [1], count: 2, startTime: '10:00', endTime: '12:00', venueId: venue };
      expect((await saha.gql(SERIES, { i: { programmeId: p.id, ...slot } })).errors).toBeUndefined();
      const other = await newProgramme(saha, { titleKo: '같은 방을 원하는 과정', initiativeId: nextYear, startsOn: first });
      expect(Client.code(await saha.gql(SERIES, { i: { programmeId: other.id, ...slot } }))).toBe('VENUE_CONFLICT');
      expect((await saha.gql(STATUS, { id: p.id, s: 'CANCELLED' })).data!.changeProgrammeStatus.status).toBe('CANCELLED');
      const kept = (await saha.gql(SESSIONS, { id: p.id })).data!.programme.sessions;
      expect(kept).toHaveLength(2);
      expect(kept.every((x) => x.cancelledAt)).toBe(true);
      expect((await saha.gql(SERIES, { i: { programmeId: other.id, ...slot } })).errors).toBeUndefined();
      expect(
        await count("SELECT count(*) AS n FROM audit_event WHERE entity_id = $1 AND action = 'programme.sessions_cancelled'", [p.id]),
      ).toBe(1);
    });

    it('the exclusion constraint holds even when the service is bypassed', async () => {
      const [a] = (await t.db.query('SELECT programme_id, starts_at, ends_at FROM programme_session WHERE venue_id = $1 LIMIT 1', [
        venue,
      ])) as Array<{
        programme_id: string;
        starts_at: Date;
        ends_at: Date;
      }>;
      await expect(
        t.db.query(
          "INSERT INTO programme_session (programme_id, starts_at, ends_at, venue_id, check_in_code) VALUES ($1, $2, $3, $4, 'ZZZZZZ')",
          [a!.programme_id, a!.starts_at, a!.ends_at, venue],
        ),
      ).rejects.toThrow(/programme_session_venue_no_overlap/);
    });
  });
});
