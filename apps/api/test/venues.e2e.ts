import { Client, TestApp } from './support/app';
import { CREATE, UPDATE, STATUS, SERIES, UPDATE_SESSION, learnFixture, mondayAhead, type LearnFixture } from './support/learn';
import { BOOKINGS, SWITCH, SESSIONS, RELEASE, RELEASE_MANY, ALLOW_BOOKING, RELEASES } from './support/programmes';

describe('venues: bookings, loans and releases', () => {
  let t: TestApp, saha: Client, yeonje: Client;
  let initiative: string, venue: string, nextYear: string;
  let count: LearnFixture['count'], newProgramme: LearnFixture['newProgramme'];

  beforeAll(async () => {
    ({ t, saha, yeonje, initiative, venue, count, newProgramme, nextYear } = await learnFixture());
  });
  afterAll(() => t.close());

  describe('venues', () => {
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
