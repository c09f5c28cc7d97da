import { Client, TestApp } from './support/app';
import { CREATE, SERIES, UPDATE_SESSION, learnFixture, type LearnFixture } from './support/learn';
import { CALENDAR } from './support/programmes';

describe('programmes: sessions and venues', () => {
  let t: TestApp, saha: Client, yeonje: Client;
  let venue: string, programme: string;
  let count: LearnFixture['count'], newProgramme: LearnFixture['newProgramme'];

  beforeAll(async () => {
    ({ t, saha, yeonje, venue, programme, count, newProgramme } = await learnFixture());
  });
  afterAll(() => t.close());

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
  });
});
