import { Client, TestApp } from './support/app';
import { CREATE, UPDATE, STATUS, PROGRAMME, LIST, SERIES, ENROL, learnFixture, type LearnFixture } from './support/learn';
import { GIVE_CONSENT, COUNTS, MY_WEEK, RECENT, SESSION, ENROLMENT, PARTICIPANTS, DROP, RECORD } from './support/enrolments';

describe('enrolments: capacity, attendance, completion and certificates', () => {
  let t: TestApp, saha: Client, city: Client, univ: Client, yeonje: Client, ministry: Client;
  let initiative: string, programme: string, nextYear: string;
  let count: LearnFixture['count'],
    newProgramme: LearnFixture['newProgramme'],
    recruiting: LearnFixture['recruiting'],
    register: LearnFixture['register'];

  beforeAll(async () => {
    ({ t, saha, city, univ, yeonje, ministry, initiative, programme, count, newProgramme, recruiting, register, nextYear } =
      await learnFixture());
  });
  afterAll(() => t.close());

  describe('enrolment', () => {
    it('a co-host sees the programme and roster, but pseudonyms instead of names until the citizen consents to share', async () => {
      await recruiting(programme);
      const p = await register(saha, '박공유', '010-5555-6666');
      const e = (await saha.gql(ENROL, { p: programme, x: p.id })).data!.enrol;
      expect(e).toMatchObject({ status: 'ENROLLED', ageBand: 'AGE_65_PLUS', districtCode: '26380' });
      expect(Client.code(await saha.gql(ENROL, { p: programme, x: p.id }))).toBe('ALREADY_ENROLLED');
      const view = (await univ.gql(PROGRAMME, { id: programme })).data!.programme;
      const row = view.enrolments!.items.find((x) => x.id === e.id);
      expect(row!.participant).toEqual({ pseudonymKey: p.pseudonymKey, heldByMe: false, personal: null });
      expect(JSON.stringify(view)).not.toContain('박공유');
      // the citizen agrees to share the name (only) with the university
      const shared = await saha.gql(GIVE_CONSENT, {
        i: {
          participantId: p.id,
          given: true,
          purpose: 'THIRD_PARTY_SHARING',
          recipientOrganizationId: await t.orgId('SAMPLE_UNIV_A'),
          items: ['NAME'],
          retentionUntil: '2027-12-31',
        },
      });
      expect(shared.errors).toBeUndefined();
      const after = (await univ.gql(PROGRAMME, { id: programme })).data!.programme.enrolments!.items.find((x) => x.id === e.id);
      expect(after!.participant.personal).toEqual({ name: '박공유', phone: null });
      const [log] = (await t.db.query(
        "SELECT l.fields FROM personal_data_access l JOIN organization o ON o.id = l.organization_id WHERE l.participant_id = $1 AND o.short_code = 'SAMPLE_UNIV_A'",
        [p.id],
      )) as Array<{ fields: string }>;
      expect(log!.fields).toBe('{NAME}');
      // a stream member that is neither host nor co-host sees the programme but only its own enrolments
      const bukView = (await city.gql(PROGRAMME, { id: programme })).data!.programme;
      expect(bukView.enrolments!.totalCount).toBe(0);
      // another stream's organization and the ministry
      expect(Client.code(await yeonje.gql(PROGRAMME, { id: programme }))).toBe('PROGRAMME_NOT_FOUND');
      const m = (await ministry.gql(PROGRAMME, { id: programme })).data!.programme;
      expect(m.enrolments).toBeNull();
      expect(m.enrolmentCounts.enrolled).toBeNull(); // one person: a small count, hidden outside the host and co-hosts (hardening 2, item 9c)
    });

    it('never exceeds capacity under 100 parallel enrolments into 10 seats; a drop promotes exactly one from the waitlist', async () => {
      const p = await newProgramme(saha, { titleKo: '정원 시험 과정', capacity: 10 });
      await recruiting(p.id);
      const org = await t.orgId('SAHA');
      const ids = (await t.db.query(
        `WITH made AS (INSERT INTO participant (organization_id, pseudonym_key, name, birth_year) SELECT $1, 'Q' || lpad(g::text, 7, '0'), '동시' || g, 1970 FROM generate_series(1, 100) g RETURNING id)
         INSERT INTO consent (participant_id, organization_id, purpose, items, retention_until, given_at, method) SELECT id, $1, 'PROGRAMME_OPERATION', '{NAME,BIRTH_YEAR}', DATE '2030-01-01', now(), 'WRITTEN' FROM made RETURNING participant_id AS id`,
        [org],
      )) as Array<{ id: string }>;
      const results = await Promise.all(ids.map(({ id }) => saha.gql(ENROL, { p: p.id, x: id })));
      expect(results.filter((r) => r.errors)).toEqual([]);
      const statuses = results.map((r) => r.data!.enrol.status);
      expect(statuses.filter((s) => s === 'ENROLLED')).toHaveLength(10);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(90);
      expect(await count('SELECT seats_taken AS n FROM programme WHERE id = $1', [p.id])).toBe(10);
      const counts = async () => (await saha.gql(COUNTS, { id: p.id })).data!.programme.enrolmentCounts;
      expect(await counts()).toEqual({ enrolled: 10, waitlisted: 90, dropped: 0 });
      const firstWaiting = (
        (await t.db.query("SELECT id FROM enrolment WHERE programme_id = $1 AND status = 'WAITLISTED' ORDER BY applied_at, id LIMIT 1", [
          p.id,
        ])) as Array<{ id: string }>
      )[0]!.id;
      const enrolled = results.find((r) => r.data!.enrol.status === 'ENROLLED')!.data!.enrol.id;
      expect((await saha.gql(DROP, { id: enrolled, s: 'DROPPED' })).data!.changeEnrolmentStatus.status).toBe('DROPPED');
      expect(await count("SELECT count(*) AS n FROM enrolment WHERE programme_id = $1 AND status = 'ENROLLED'", [p.id])).toBe(10);
      expect(await count("SELECT count(*) AS n FROM enrolment WHERE programme_id = $1 AND status = 'WAITLISTED'", [p.id])).toBe(89);
      expect(await t.db.query('SELECT status FROM enrolment WHERE id = $1', [firstWaiting])).toEqual([{ status: 'ENROLLED' }]);
      expect(
        await count("SELECT count(*) AS n FROM audit_event WHERE action = 'enrolment.promote' AND entity_id = $1", [firstWaiting]),
      ).toBe(1);
      expect(await counts()).toEqual({ enrolled: 10, waitlisted: 89, dropped: 1 });
      expect(Client.code(await saha.gql(DROP, { id: enrolled, s: 'ENROLLED' }))).toBe('ILLEGAL_ENROLMENT_CHANGE');
      expect(Client.code(await saha.gql(UPDATE, { i: { id: p.id, capacity: 5 } }))).toBe('CAPACITY_BELOW_ENROLLED');
    });
  });

  describe('the home of my work', () => {
    it("lists my organization's sessions with how many marks were taken, and the latest enrolments of the people it holds", async () => {
      const p = await newProgramme(saha, { titleKo: '홈 화면 과정', initiativeId: nextYear, startsOn: '2027-01-04' });
      const made = (
        await saha.gql(SERIES, {
          i: {
            programmeId: p.id,
            firstDate: '2027-01-04',
            weekdays: [1, 3],
            count: 2,
            startTime: '10:00',
            endTime: '12:00',
            onlineUrl: 'https://meet.example.test/h',
          },
        })
      ).data!.createSessionSeries;
      await recruiting(p.id);
      const a = await register(saha, '홈하나', '010-6060-1111');
      const e = (await saha.gql(ENROL, { p: p.id, x: a.id })).data!.enrol.id;
      await saha.gql(STATUS, { id: p.id, s: 'RUNNING' });
      await saha.gql(RECORD, { i: { sessionId: made[0]!.id, entries: [{ enrolmentId: e, status: 'PRESENT' }] } });
      const week = { f: '2027-01-03T15:00:00Z', t: '2027-01-10T15:00:00Z' };
      const mine = (await saha.gql(MY_WEEK, week)).data!.sessionCalendar.filter((x) => x.programme.id === p.id);
      expect(mine.map((x) => x.attendanceMarked)).toEqual([1, 0]);
      // Another stream member sees the programme in the consortium calendar, but not as its own work.
      expect((await city.gql(MY_WEEK, week)).data!.sessionCalendar.some((x) => x.programme.id === p.id)).toBe(false);
      const recent = (await saha.gql(RECENT, {})).data!.recentEnrolments;
      expect(recent[0]).toMatchObject({ id: e, programme: { id: p.id } });
      expect((await yeonje.gql(RECENT, {})).data!.recentEnrolments.some((x) => x.id === e)).toBe(false);
      expect(Client.code(await ministry.gql(RECENT, {}))).toBe('FORBIDDEN');
    });
  });

  describe('cross-organization block', () => {
    it("another stream's organization gets NOT_FOUND for programmes, sessions, enrolments and participants, and lists never show them", async () => {
      // A session of the programme (in this file's own database, the programme has none yet).
      const series = await saha.gql(SERIES, {
        i: {
          programmeId: programme,
          firstDate: '2025-11-03',
          weekdays: [1],
          count: 1,
          startTime: '10:00',
          endTime: '11:00',
          onlineUrl: 'https://x.test',
        },
      });
      const session = series.data!.createSessionSeries[0]!.id;
      const enrolment = (
        (await t.db.query('SELECT id FROM enrolment WHERE programme_id = $1 LIMIT 1', [programme])) as Array<{ id: string }>
      )[0]!.id;
      expect(Client.code(await yeonje.gql(SESSION, { id: session }))).toBe('SESSION_NOT_FOUND');
      expect(Client.code(await yeonje.gql(ENROLMENT, { id: enrolment }))).toBe('ENROLMENT_NOT_FOUND');
      expect(Client.code(await yeonje.gql(DROP, { id: enrolment, s: 'DROPPED' }))).toBe('ENROLMENT_NOT_FOUND');
      expect(Client.code(await yeonje.gql(UPDATE, { i: { id: programme, capacity: 50 } }))).toBe('PROGRAMME_NOT_FOUND');
      expect(
        Client.code(
          await yeonje.gql(SERIES, {
            i: {
              programmeId: programme,
              firstDate: '2025-11-03',
              weekdays: [1],
              count: 1,
              startTime: '10:00',
              endTime: '11:00',
              onlineUrl: 'https://x.test',
            },
          }),
        ),
      ).toBe('PROGRAMME_NOT_FOUND');
      const list = (await yeonje.gql(LIST, {})).data!.programmes.items;
      expect(list.some((p) => p.id === programme)).toBe(false);
      expect((await yeonje.gql(PARTICIPANTS, {})).data!.participants.items.length).toBeGreaterThan(0);
      const sahaIds = new Set(
        (
          (await t.db.query(
            "SELECT p.id FROM participant p JOIN organization o ON o.id = p.organization_id WHERE o.short_code = 'SAHA'",
          )) as Array<{ id: string }>
        ).map((r) => r.id),
      );
      expect((await yeonje.gql(PARTICIPANTS, {})).data!.participants.items.some((p) => sahaIds.has(p.id))).toBe(false);
      // a draft is visible to its host and co-hosts only
      const draft = await newProgramme(saha, { titleKo: '초안 과정' });
      expect(Client.code(await city.gql(PROGRAMME, { id: draft.id }))).toBe('PROGRAMME_NOT_FOUND');
      expect(
        Client.code(
          await ministry.gql(CREATE, {
            i: {
              initiativeId: initiative,
              titleKo: 'x',
              pillar: 'LEARN',
              domain: 'VOCATIONAL',
              format: 'OFFLINE',
              capacity: 5,
              startsOn: '2025-09-01',
            },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(Client.code(await t.client().gql(LIST, {}))).toBe('UNAUTHENTICATED');
    });
  });
});
