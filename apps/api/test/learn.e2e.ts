import { Client, startTestApp, TestApp } from './support/app';
import { hashPassword } from '../src/modules/auth/password';
import { AttendanceService } from '../src/modules/enrolments/attendance.service';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { PiiCipher, upgradeParticipantPhones } from '../src/modules/participants/pii-cipher';
import { TEST_PII_KEY } from './support/db';
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** A phone encrypted the way it was before ciphertexts were bound to their row (format v1). */
function legacyV1(plain: string): string {
  const key = Buffer.from(hkdfSync('sha256', Buffer.from(TEST_PII_KEY, 'hex'), Buffer.alloc(0), 'lalaland pii enc v1', 32));
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

const PROGRAMME_FIELDS = 'id titleKo status seatsTaken capacity canRun canDecide host { shortCode } cohosts { shortCode } enrolmentCounts { enrolled waitlisted applied completed }';
const CREATE = `mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { ${PROGRAMME_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateProgrammeInput!) { updateProgramme(input: $i) { ${PROGRAMME_FIELDS} } }`;
const STATUS = 'mutation($id: ID!, $s: ProgrammeStatus!, $c: String) { changeProgrammeStatus(id: $id, status: $s, comment: $c) { id status statusComment } }';
const PROGRAMME = `query Programme($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} sessions { id startsAt endsAt checkInCode venue { name } }
  enrolments(limit: 100) { totalCount items { id status ageBand participant { pseudonymKey heldByMe personal { name phone } } } } } }`;
const LIST = `query($a: ID, $s: String, $p: Pillar, $st: [ProgrammeStatus!]) { programmes(streamId: $a, search: $s, pillar: $p, status: $st, limit: 100) { totalCount items { id titleKo status sessions { id } enrolmentCounts { enrolled completed } children { titleKo } } } }`;
const SERIES = 'mutation($i: SessionSeriesInput!) { createSessionSeries(input: $i) { id startsAt endsAt seriesId checkInCode } }';
const UPDATE_SESSION = 'mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id startsAt } }';
const REGISTER = 'mutation Register($i: RegisterParticipantInput!) { registerParticipant(input: $i) { id pseudonymKey personal { name phone birthYear } consents { id purpose items } } }';
const PARTICIPANT = 'query ReadParticipant($id: ID!) { participant(id: $id) { id pseudonymKey personal { name phone } } }';
const ENROL = 'mutation($p: ID!, $x: ID!) { enrol(programmeId: $p, participantId: $x) { id status ageBand districtCode } }';
const DROP = 'mutation($id: ID!, $s: EnrolmentStatus!) { changeEnrolmentStatus(id: $id, status: $s) { id status } }';
const SHEET = 'query($id: ID!) { attendanceSheet(sessionId: $id) { session { id } rows { status minutes enrolment { id participant { pseudonymKey } } } } }';
const RECORD = 'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { rows { status minutes enrolment { id } } } }';
const VERIFY = 'query($c: String!) { verifyCertificate(code: $c) { code holderName programmeTitle issuerName hours issuedOn } }';
const consent = { given: true, items: ['NAME', 'PHONE', 'BIRTH_YEAR', 'GENDER', 'DISTRICT'], retentionUntil: '2030-12-31' };

describe('learn: programmes, sessions, participants, enrolment, attendance, certificates', () => {
  let t: TestApp;
  let saha: Client; // STAFF, Saha-gu (member of LA-LA LAnd)
  let city: Client; // ORG_ADMIN, Busan City (lead of LA-LA LAnd)
  let univ: Client; // STAFF, sample university (partner in LA-LA LAnd)
  let yeonje: Client; // STAFF, Yeonje-gu (not in LA-LA LAnd)
  let ministry: Client; // VIEWER, Ministry of Education
  let initiative: string;
  let venue: string;
  let programme: string; // a Saha-gu programme co-hosted by the university, taken through its life

  const count = async (sql: string, params: unknown[] = []) => Number(((await t.db.query(sql, params)) as Array<{ n: string }>)[0]!.n);
  const newProgramme = async (c: Client, extra: Record<string, unknown> = {}) => {
    const r = await c.gql(CREATE, { i: { initiativeId: initiative, titleKo: '시험 과정', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 10, startsOn: '2026-03-02', ...extra } });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.createProgramme;
  };
  /** Straight to RECRUITING through the legal path. */
  const recruiting = async (id: string) => {
    for (const [c, s] of [
      [saha, 'PROPOSED'],
      [city, 'APPROVED'],
      [saha, 'RECRUITING'],
    ] as const) {
      const r = await c.gql(STATUS, { id, s });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
  };
  const register = async (c: Client, name: string, phone: string | null = null) => {
    const r = await c.gql(REGISTER, { i: { name, phone, birthYear: 1958, districtCode: '26380', consent } });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.registerParticipant;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.db.query("INSERT INTO app_user (email, display_name, password_hash) VALUES ('univ.staff@lalaland.test', '대학담당', $1)", [await hashPassword(DEMO_PASSWORD)]);
    await t.db.query(
      "INSERT INTO membership (user_id, organization_id, role) SELECT u.id, o.id, 'STAFF' FROM app_user u, organization o WHERE u.email = 'univ.staff@lalaland.test' AND o.short_code = 'SAMPLE_UNIV_A'",
    );
    [saha, city, univ, yeonje, ministry] = (await Promise.all(['saha.staff', 'city.admin', 'univ.staff', 'yeonje.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
      Client,
      Client,
    ];
    initiative = ((await t.db.query("SELECT id FROM initiative WHERE code = 'LALALAND'")) as Array<{ id: string }>)[0]!.id;
    venue = ((await t.db.query("SELECT v.id FROM venue v JOIN organization o ON o.id = v.organization_id WHERE o.short_code = 'SAMPLE_LC_SAHA'")) as Array<{ id: string }>)[0]!.id;
    programme = (await newProgramme(saha, { titleKo: '디지털 창업 실습', cohostIds: [await t.orgId('SAMPLE_UNIV_A')], capacity: 2 })).id;
  });
  afterAll(() => t.close());

  it('seeds the three streams with programmes, nested sessions and enrolment counts in one list', async () => {
    const nam = await t.as('nam.staff@lalaland.test');
    const r = await nam.gql(LIST, { s: '배움온플러스' });
    expect(r.errors).toBeUndefined();
    const onplus = r.data!.programmes.items[0];
    expect(onplus.children.map((c: any) => c.titleKo)).toEqual(expect.arrayContaining(['AI 학습코치 양성과정', '디지털 리터러시 아카데미', 'AI·온라인 수업 지원 봉사단']));
    const courses = (await nam.gql(LIST, { s: 'AI 학습코치' })).data!.programmes.items[0];
    expect(courses.status).toBe('COMPLETED');
    expect(courses.enrolmentCounts.enrolled + courses.enrolmentCounts.completed).toBe(18); // those below 80% attendance stay enrolled
    expect(courses.sessions).toHaveLength(8);
    expect(
      await count("SELECT count(*) AS n FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id JOIN programme p ON p.id = e.programme_id WHERE p.title_ko = 'AI 학습코치 양성과정'"),
    ).toBeGreaterThan(10);
    expect(
      await count(`SELECT count(*) AS n FROM programme p WHERE (p.seats_taken, p.applied_count, p.waitlisted_count, p.completed_count)
      <> (SELECT count(*) FILTER (WHERE status IN ('ENROLLED', 'COMPLETED')), count(*) FILTER (WHERE status = 'APPLIED'), count(*) FILTER (WHERE status = 'WAITLISTED'), count(*) FILTER (WHERE status = 'COMPLETED')
            FROM enrolment e WHERE e.programme_id = p.id)`),
    ).toBe(0); // the seeded counters agree with the rows
    const yj = await yeonje.gql('{ streamFields(streamId: "' + (await t.db.query("SELECT id FROM funding_stream WHERE code = 'YEONJE-IT-DX-2025'"))[0].id + '") { code } }');
    expect(yj.data!.streamFields).toHaveLength(9);
  });

  it('answers the nested list (hosts, sessions, counts) with one statement after the session lookup, for any page', async () => {
    const nested =
      '{ programmes(limit: 10) { totalCount items { id titleKo seatsTaken host { nameKo shortCode } sessions { id startsAt venue { name } } enrolmentCounts { enrolled waitlisted completed } } } }';
    const { result, sql } = await t.statements(() => ministry.gql(nested)); // a ministry sees every stream
    expect(result.errors).toBeUndefined();
    const { items, totalCount } = result.data!.programmes;
    expect(items).toHaveLength(10);
    expect(totalCount).toBeGreaterThan(10);
    expect(items.every((p: any) => p.host.nameKo && Array.isArray(p.sessions))).toBe(true);
    expect(items.some((p: any) => p.sessions.length > 0 && p.sessions[0].startsAt.endsWith('Z'))).toBe(true);
    // The session lookup, the list, and the venues a session names (one batched query): no N+1.
    expect(sql.length).toBeLessThanOrEqual(3);
    const { sql: withoutVenue } = await t.statements(() => ministry.gql(nested.replace(' venue { name }', '')));
    expect(withoutVenue).toHaveLength(2);
    const past = await ministry.gql('{ programmes(offset: 5000, limit: 10) { totalCount items { id } } }');
    expect(past.data!.programmes).toEqual({ totalCount, items: [] });
  });

  describe('programme lifecycle', () => {
    it('accepts only legal transitions, each by its actor, and a return needs a comment', async () => {
      const p = await newProgramme(saha);
      expect(p).toMatchObject({ status: 'DRAFT', canRun: true, canDecide: false, host: { shortCode: 'SAHA' } });
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'RUNNING' }))).toBe('ILLEGAL_TRANSITION');
      expect((await saha.gql(STATUS, { id: p.id, s: 'PROPOSED' })).data!.changeProgrammeStatus.status).toBe('PROPOSED');
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'APPROVED' }))).toBe('FORBIDDEN');
      const queue = (await city.gql('{ programmeApprovalQueue { id } }')).data!.programmeApprovalQueue;
      expect(queue.map((x: any) => x.id)).toContain(p.id);
      const noComment = await city.gql(STATUS, { id: p.id, s: 'RETURNED' });
      expect(Client.code(noComment)).toBe('RETURN_COMMENT_REQUIRED');
      expect(noComment.errors![0]!.extensions.fields![0]!.field).toBe('comment');
      expect((await city.gql(STATUS, { id: p.id, s: 'RETURNED', c: '목표 인원을 적어 주세요' })).data!.changeProgrammeStatus).toMatchObject({
        status: 'RETURNED',
        statusComment: '목표 인원을 적어 주세요',
      });
      expect((await saha.gql(UPDATE, { i: { id: p.id, capacity: 12 } })).data!.updateProgramme.capacity).toBe(12);
      expect((await saha.gql(STATUS, { id: p.id, s: 'PROPOSED' })).data!.changeProgrammeStatus.status).toBe('PROPOSED');
      expect(Client.code(await saha.gql(UPDATE, { i: { id: p.id, capacity: 13 } }))).toBe('PROGRAMME_NOT_EDITABLE');
      expect((await city.gql(STATUS, { id: p.id, s: 'APPROVED' })).data!.changeProgrammeStatus.status).toBe('APPROVED');
      expect(Client.code(await city.gql(STATUS, { id: p.id, s: 'RECRUITING' }))).toBe('FORBIDDEN'); // the host opens recruiting
      for (const s of ['RECRUITING', 'RUNNING', 'COMPLETED']) expect((await saha.gql(STATUS, { id: p.id, s })).data!.changeProgrammeStatus.status).toBe(s);
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'CANCELLED' }))).toBe('ILLEGAL_TRANSITION');
      const actions = (await t.db.query('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id', [p.id])) as Array<{ action: string }>;
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
      const r = await saha.gql(CREATE, { i: { initiativeId: initiative, titleKo: '', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 0, startsOn: '2026-13-40' } });
      expect(Client.code(r)).toBe('VALIDATION_FAILED');
      expect(r.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['capacity', 'startsOn', 'titleKo']);
      expect(
        Client.code(
          await saha.gql(CREATE, {
            i: { initiativeId: initiative, titleKo: 'x', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 5, startsOn: '2026-03-02', cohostIds: [await t.orgId('YEONJE')] },
          }),
        ),
      ).toBe('COHOST_NOT_IN_STREAM');
    });
  });

  describe('sessions and venues', () => {
    it('generates a weekly series in Seoul time and refuses a double booking with VENUE_CONFLICT naming the clash, saving nothing', async () => {
      const r = await saha.gql(SERIES, { i: { programmeId: programme, firstDate: '2026-03-02', weekdays: [1, 3], count: 4, startTime: '19:00', endTime: '21:00', venueId: venue } });
      expect(r.errors).toBeUndefined();
      const s = r.data!.createSessionSeries;
      expect(s.map((x: any) => x.startsAt)).toEqual(['2026-03-02T10:00:00.000Z', '2026-03-04T10:00:00.000Z', '2026-03-09T10:00:00.000Z', '2026-03-11T10:00:00.000Z']);
      expect(new Set(s.map((x: any) => x.seriesId)).size).toBe(1);
      expect(s[0].checkInCode).toMatch(/^[A-Z2-9]{6}$/);

      const other = await newProgramme(saha, { titleKo: '겹치는 과정' });
      const before = await count('SELECT count(*) AS n FROM programme_session WHERE programme_id = $1', [other.id]);
      const clash = await saha.gql(SERIES, { i: { programmeId: other.id, firstDate: '2026-03-02', weekdays: [1], count: 3, startTime: '20:00', endTime: '22:00', venueId: venue } });
      expect(Client.code(clash)).toBe('VENUE_CONFLICT');
      expect(clash.errors![0]!.message).toContain('디지털 창업 실습');
      expect(clash.errors![0]!.extensions.conflictingSessionId).toBe(s[0].id);
      expect(await count('SELECT count(*) AS n FROM programme_session WHERE programme_id = $1', [other.id])).toBe(before);
      // a back-to-back booking is fine ([start, end) ranges), moving one occurrence onto another is not
      const ok = await saha.gql(SERIES, { i: { programmeId: other.id, firstDate: '2026-03-02', weekdays: [1], count: 1, startTime: '21:00', endTime: '22:00', venueId: venue } });
      expect(ok.errors).toBeUndefined();
      const moved = await saha.gql(UPDATE_SESSION, { i: { id: ok.data!.createSessionSeries[0].id, startsAt: '2026-03-04T11:00:00.000Z', endsAt: '2026-03-04T12:30:00.000Z' } });
      expect(Client.code(moved)).toBe('VENUE_CONFLICT');
      const single = await saha.gql(UPDATE_SESSION, { i: { id: s[3].id, startsAt: '2026-03-12T10:00:00.000Z', endsAt: '2026-03-12T12:00:00.000Z' } });
      expect(single.data!.updateSession.startsAt).toBe('2026-03-12T10:00:00.000Z');
    });

    it('the consortium calendar lists visible sessions in a window of at most 62 days', async () => {
      const CAL = 'query($f: DateTime!, $t: DateTime!) { sessionCalendar(from: $f, to: $t) { id startsAt programme { titleKo } } }';
      const nam = await t.as('nam.staff@lalaland.test');
      const sept = await nam.gql(CAL, { f: '2025-08-31T15:00:00Z', t: '2025-10-12T15:00:00Z' });
      expect(sept.errors).toBeUndefined();
      const titles = sept.data!.sessionCalendar.map((s: any) => s.programme.titleKo);
      expect(titles.filter((x: string) => x === '디지털 리터러시 아카데미').length).toBeGreaterThanOrEqual(8);
      expect(sept.data!.sessionCalendar.map((s: any) => s.startsAt)).toEqual([...sept.data!.sessionCalendar.map((s: any) => s.startsAt)].sort());
      // Yeonje-gu is not in Nam-gu's stream: none of its sessions.
      expect((await yeonje.gql(CAL, { f: '2025-08-31T15:00:00Z', t: '2025-10-12T15:00:00Z' })).data!.sessionCalendar.map((s: any) => s.programme.titleKo)).not.toContain('디지털 리터러시 아카데미');
      const tooLong = await nam.gql(CAL, { f: '2025-01-01T00:00:00Z', t: '2025-06-01T00:00:00Z' });
      expect([Client.code(tooLong), tooLong.errors![0]!.extensions.fields![0]!.field]).toEqual(['VALIDATION_FAILED', 'to']);
      const garbage = Client.code(await nam.gql(CAL, { f: 'yesterday', t: '2025-06-01T00:00:00Z' }));
      expect(garbage).toBeDefined();
      expect(garbage).not.toBe('INTERNAL_SERVER_ERROR');
    });

    it("a session lasts at most 12 hours and falls within the programme's dates; a clash with a programme the caller cannot see names nothing", async () => {
      const p = await newProgramme(saha, { titleKo: '기간 시험', startsOn: '2026-05-04', endsOn: '2026-05-29' });
      const series = (i: Record<string, unknown>) =>
        saha.gql(SERIES, { i: { programmeId: p.id, weekdays: [1], count: 1, startTime: '10:00', endTime: '12:00', venueId: venue, firstDate: '2026-05-04', ...i } });
      expect(Client.code(await series({ firstDate: '2026-04-27' }))).toBe('SESSION_OUTSIDE_PROGRAMME');
      expect(Client.code(await series({ firstDate: '2026-05-25', count: 2 }))).toBe('SESSION_OUTSIDE_PROGRAMME');
      const one = (await series({})).data!.createSessionSeries[0];
      expect(Client.code(await saha.gql(UPDATE_SESSION, { i: { id: one.id, startsAt: '2026-05-04T00:00:00+09:00', endsAt: '2026-05-04T13:00:00+09:00' } }))).toBe('SESSION_TOO_LONG');
      expect(Client.code(await saha.gql(UPDATE_SESSION, { i: { id: one.id, startsAt: '2099-05-04T10:00:00+09:00', endsAt: '2099-05-04T12:00:00+09:00' } }))).toBe('SESSION_OUTSIDE_PROGRAMME');
      // Yeonje-gu books the same Saha-gu room at the same time for its own programme: the draft's title stays hidden.
      const yjInitiative = ((await t.db.query("SELECT id FROM initiative WHERE code = 'YEONJE-DX'")) as Array<{ id: string }>)[0]!.id;
      const yj = await yeonje.gql(CREATE, { i: { initiativeId: yjInitiative, titleKo: '연제 과정', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 10, startsOn: '2026-05-01' } });
      const clash = await yeonje.gql(SERIES, {
        i: { programmeId: yj.data!.createProgramme.id, firstDate: '2026-05-04', weekdays: [1], count: 1, startTime: '11:00', endTime: '13:00', venueId: venue },
      });
      expect(Client.code(clash)).toBe('VENUE_BOOKED');
      expect(clash.errors![0]!.message).not.toContain('기간 시험');
      expect(clash.errors![0]!.extensions.conflictingSessionId).toBeUndefined();
    });

    it("the venue's owner sees every booking of it (titles only where it may see the programme) and releases one: the session loses the venue, audited for the booker", async () => {
      // A Yeonje-gu programme in its own stream books Saha-gu's room (as in the test above, a stranger to Saha-gu).
      const yjInitiative = ((await t.db.query("SELECT id FROM initiative WHERE code = 'YEONJE-DX'")) as Array<{ id: string }>)[0]!.id;
      const yj = (
        await yeonje.gql(CREATE, { i: { initiativeId: yjInitiative, titleKo: '연제 비공개 초안', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 10, startsOn: '2026-06-01' } })
      ).data!.createProgramme;
      const booked = (await yeonje.gql(SERIES, { i: { programmeId: yj.id, firstDate: '2026-06-01', weekdays: [1], count: 1, startTime: '10:00', endTime: '12:00', venueId: venue } })).data!
        .createSessionSeries[0];
      const BOOKINGS =
        'query($v: ID!) { venues(organizationId: $v, limit: 50) { items { id bookings(from: "2026-06-01T00:00:00+09:00", to: "2026-06-30T00:00:00+09:00") { sessionId programmeTitle bookedBy { shortCode } } } } }';
      const sahaLc = await t.orgId('SAMPLE_LC_SAHA');
      const stranger = await t.as('nam.admin@lalaland.test'); // any caller but the owner sees null
      expect(((await stranger.gql(BOOKINGS, { v: sahaLc })).data!.venues.items as any[]).find((v) => v.id === venue).bookings).toBeNull();
      // The owner of the room is the learning centre: its staff see the booking, without the draft's title.
      await t.db.query("INSERT INTO membership (user_id, organization_id, role) SELECT u.id, $1, 'STAFF' FROM app_user u WHERE u.email = 'saha.staff@lalaland.test' ON CONFLICT DO NOTHING", [sahaLc]);
      const lc = await t.as('saha.staff@lalaland.test');
      await lc.gql('mutation($o: ID!) { switchOrganization(organizationId: $o) { activeOrganization { id } } }', { o: sahaLc });
      const list = ((await lc.gql(BOOKINGS, { v: sahaLc })).data!.venues.items as any[]).find((v) => v.id === venue).bookings;
      expect(list).toContainEqual({ sessionId: booked.id, programmeTitle: null, bookedBy: { shortCode: 'YEONJE' } });
      const RELEASE = 'mutation($s: ID!, $r: String!) { releaseVenueBooking(sessionId: $s, reason: $r) }';
      expect(Client.code(await lc.gql(RELEASE, { s: booked.id, r: '  ' }))).toBe('VALIDATION_FAILED');
      expect(Client.code(await yeonje.gql(RELEASE, { s: booked.id, r: '사용 불가' }))).toBe('SESSION_NOT_FOUND'); // only the owner
      expect((await lc.gql(RELEASE, { s: booked.id, r: '시설 보수 공사' })).data!.releaseVenueBooking).toBe(true);
      expect((await t.db.query('SELECT venue_id FROM programme_session WHERE id = $1', [booked.id]))[0].venue_id).toBeNull();
      const trail = await t.db.query(
        "SELECT o.short_code, a.changes FROM audit_event a JOIN organization o ON o.id = a.organization_id WHERE a.action = 'venue.booking_released' AND a.entity_id = $1",
        [booked.id],
      );
      expect(trail).toEqual([{ short_code: 'YEONJE', changes: expect.objectContaining({ reason: [null, '시설 보수 공사'] }) }]);
    });

    it('the exclusion constraint holds even when the service is bypassed', async () => {
      const [a] = (await t.db.query('SELECT programme_id, starts_at, ends_at FROM programme_session WHERE venue_id = $1 LIMIT 1', [venue])) as Array<{
        programme_id: string;
        starts_at: Date;
        ends_at: Date;
      }>;
      await expect(
        t.db.query("INSERT INTO programme_session (programme_id, starts_at, ends_at, venue_id, check_in_code) VALUES ($1, $2, $3, $4, 'ZZZZZZ')", [a!.programme_id, a!.starts_at, a!.ends_at, venue]),
      ).rejects.toThrow(/programme_session_venue_no_overlap/);
    });
  });

  describe('participants and consent', () => {
    it('consent is required; the phone is encrypted at rest; reads of personal fields are logged with the fields and the operation', async () => {
      const none = await saha.gql(REGISTER, { i: { name: '김동의', birthYear: 1950, consent: { ...consent, given: false } } });
      expect(Client.code(none)).toBe('CONSENT_REQUIRED');
      const narrow = await saha.gql(REGISTER, { i: { name: '김동의', phone: '010-1111-2222', birthYear: 1950, consent: { ...consent, items: ['NAME', 'BIRTH_YEAR'] } } });
      expect(Client.code(narrow)).toBe('CONSENT_REQUIRED');
      const p = await register(saha, '김동의', '010-1111-2222');
      expect(p.personal).toEqual({ name: '김동의', phone: '010-1111-2222', birthYear: 1958 });
      expect(p.pseudonymKey).toMatch(/^P[A-Z2-9]{7}$/);
      const [row] = (await t.db.query('SELECT phone_encrypted, phone_hash FROM participant WHERE id = $1', [p.id])) as Array<{ phone_encrypted: string; phone_hash: string }>;
      expect(row!.phone_encrypted).not.toContain('1111');
      expect(row!.phone_encrypted.startsWith('v2.')).toBe(true);
      // The ciphertext is bound to its row: copied onto another participant it does not decrypt (and reads as no phone).
      const other = await register(saha, '김복사', '010-3333-4444');
      await t.db.query('UPDATE participant SET phone_encrypted = $2 WHERE id = $1', [other.id, row!.phone_encrypted]);
      const copied = await saha.gql(PARTICIPANT, { id: other.id });
      expect(copied.errors).toBeUndefined();
      expect(copied.data!.participant.personal).toEqual({ name: '김복사', phone: null });
      // A phone stored before the binding (v1) is read, and rewritten bound (v2) when the app next starts its migrations.
      const [key] = await t.db.query('SELECT pseudonym_key FROM participant WHERE id = $1', [other.id]);
      await t.db.query('UPDATE participant SET phone_encrypted = $2 WHERE id = $1', [other.id, legacyV1('01033334444')]);
      expect((await saha.gql(PARTICIPANT, { id: other.id })).data!.participant.personal.phone).toBe('010-3333-4444');
      expect(await upgradeParticipantPhones(t.db, t.app.get(PiiCipher))).toBe(1);
      const [upgraded] = await t.db.query('SELECT phone_encrypted FROM participant WHERE id = $1', [other.id]);
      expect(upgraded.phone_encrypted.startsWith('v2.')).toBe(true);
      expect(t.app.get(PiiCipher).decrypt(upgraded.phone_encrypted, key.pseudonym_key)).toBe('01033334444');
      await saha.gql(PARTICIPANT, { id: p.id });
      // Skipped fields are not read, hence not logged; the purpose is the resolver path, never the client's operation name.
      await saha.gql('query Anything($id: ID!, $no: Boolean!) { participant(id: $id) { personal { name phone @include(if: $no) birthYear @skip(if: true) } } }', { id: p.id, no: false });
      const logs = (await t.db.query('SELECT fields, purpose, request_id FROM personal_data_access WHERE participant_id = $1 ORDER BY occurred_at', [p.id])) as Array<{
        fields: string;
        purpose: string;
        request_id: string;
      }>;
      expect(logs.map((l) => [l.purpose, l.fields])).toEqual([
        ['graphql:registerParticipant.personal', '{NAME,PHONE,BIRTH_YEAR}'],
        ['graphql:participant.personal', '{NAME,PHONE}'],
        ['graphql:participant.personal', '{NAME}'],
      ]);
      expect(logs[1]!.request_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Client.code(await saha.gql(REGISTER, { i: { name: '김동의', phone: '01011112222', birthYear: 1950, consent } }))).toBe('PARTICIPANT_EXISTS');
      const audit = (await t.db.query("SELECT changes::text AS c FROM audit_event WHERE entity_id = $1 AND action = 'participant.register'", [p.id])) as Array<{ c: string }>;
      expect(audit[0]!.c).not.toContain('김동의');
      expect(audit[0]!.c).not.toContain('1111');
    });

    it('another organization cannot read or enrol a participant (NOT_FOUND); withdrawal hides personal fields everywhere', async () => {
      const p = await register(saha, '이철회', '010-3333-4444');
      expect(Client.code(await yeonje.gql(PARTICIPANT, { id: p.id }))).toBe('PARTICIPANT_NOT_FOUND');
      expect(Client.code(await city.gql(PARTICIPANT, { id: p.id }))).toBe('PARTICIPANT_NOT_FOUND');
      expect(Client.code(await city.gql(ENROL, { p: programme, x: p.id }))).toBe('PARTICIPANT_NOT_FOUND');
      expect(Client.code(await yeonje.gql('mutation($id: ID!) { withdrawConsent(id: $id) { id } }', { id: p.consents[0].id }))).toBe('CONSENT_NOT_FOUND');
      expect((await saha.gql('mutation($id: ID!) { withdrawConsent(id: $id) { withdrawnAt } }', { id: p.consents[0].id })).data!.withdrawConsent.withdrawnAt).toBeTruthy();
      expect((await saha.gql(PARTICIPANT, { id: p.id })).data!.participant.personal).toBeNull();
      const target = await newProgramme(saha, { titleKo: '철회 확인 과정' });
      await recruiting(target.id);
      expect(Client.code(await saha.gql(ENROL, { p: target.id, x: p.id }))).toBe('CONSENT_REQUIRED');
    });
  });

  describe('enrolment', () => {
    it('a co-host sees the programme and roster, but pseudonyms instead of names until the citizen consents to share', async () => {
      await recruiting(programme);
      const p = await register(saha, '박공유', '010-5555-6666');
      const e = (await saha.gql(ENROL, { p: programme, x: p.id })).data!.enrol;
      expect(e).toMatchObject({ status: 'ENROLLED', ageBand: 'AGE_65_PLUS', districtCode: '26380' });
      expect(Client.code(await saha.gql(ENROL, { p: programme, x: p.id }))).toBe('ALREADY_ENROLLED');
      const view = (await univ.gql(PROGRAMME, { id: programme })).data!.programme;
      const row = view.enrolments.items.find((x: any) => x.id === e.id);
      expect(row.participant).toEqual({ pseudonymKey: p.pseudonymKey, heldByMe: false, personal: null });
      expect(JSON.stringify(view)).not.toContain('박공유');
      // the citizen agrees to share the name (only) with the university
      const shared = await saha.gql('mutation($i: GiveConsentInput!) { giveConsent(input: $i) { id purpose } }', {
        i: { participantId: p.id, given: true, purpose: 'THIRD_PARTY_SHARING', recipientOrganizationId: await t.orgId('SAMPLE_UNIV_A'), items: ['NAME'], retentionUntil: '2027-12-31' },
      });
      expect(shared.errors).toBeUndefined();
      const after = (await univ.gql(PROGRAMME, { id: programme })).data!.programme.enrolments.items.find((x: any) => x.id === e.id);
      expect(after.participant.personal).toEqual({ name: '박공유', phone: null });
      const [log] = (await t.db.query("SELECT l.fields FROM personal_data_access l JOIN organization o ON o.id = l.organization_id WHERE l.participant_id = $1 AND o.short_code = 'SAMPLE_UNIV_A'", [
        p.id,
      ])) as Array<{ fields: string }>;
      expect(log!.fields).toBe('{NAME}');
      // a stream member that is neither host nor co-host sees the programme but only its own enrolments
      const bukView = (await city.gql(PROGRAMME, { id: programme })).data!.programme;
      expect(bukView.enrolments.totalCount).toBe(0);
      // another stream's organization and the ministry
      expect(Client.code(await yeonje.gql(PROGRAMME, { id: programme }))).toBe('PROGRAMME_NOT_FOUND');
      const m = (await ministry.gql(PROGRAMME, { id: programme })).data!.programme;
      expect(m.enrolments).toBeNull();
      expect(m.enrolmentCounts.enrolled).toBe(1);
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
      const counts = async () => (await saha.gql('query($id: ID!) { programme(id: $id) { enrolmentCounts { enrolled waitlisted dropped } } }', { id: p.id })).data!.programme.enrolmentCounts;
      expect(await counts()).toEqual({ enrolled: 10, waitlisted: 90, dropped: 0 });
      const firstWaiting = ((await t.db.query("SELECT id FROM enrolment WHERE programme_id = $1 AND status = 'WAITLISTED' ORDER BY applied_at, id LIMIT 1", [p.id])) as Array<{ id: string }>)[0]!.id;
      const enrolled = results.find((r) => r.data!.enrol.status === 'ENROLLED')!.data!.enrol.id;
      expect((await saha.gql(DROP, { id: enrolled, s: 'DROPPED' })).data!.changeEnrolmentStatus.status).toBe('DROPPED');
      expect(await count("SELECT count(*) AS n FROM enrolment WHERE programme_id = $1 AND status = 'ENROLLED'", [p.id])).toBe(10);
      expect(await count("SELECT count(*) AS n FROM enrolment WHERE programme_id = $1 AND status = 'WAITLISTED'", [p.id])).toBe(89);
      expect((await t.db.query('SELECT status FROM enrolment WHERE id = $1', [firstWaiting]))[0].status).toBe('ENROLLED');
      expect(await count("SELECT count(*) AS n FROM audit_event WHERE action = 'enrolment.promote' AND entity_id = $1", [firstWaiting])).toBe(1);
      expect(await counts()).toEqual({ enrolled: 10, waitlisted: 89, dropped: 1 });
      expect(Client.code(await saha.gql(DROP, { id: enrolled, s: 'ENROLLED' }))).toBe('ILLEGAL_ENROLMENT_CHANGE');
      expect(Client.code(await saha.gql(UPDATE, { i: { id: p.id, capacity: 5 } }))).toBe('CAPACITY_BELOW_ENROLLED');
    });
  });

  describe('attendance, completion and certificates', () => {
    it('saves a whole roster in one mutation, refuses strangers, completes by the rule and issues a verifiable certificate', async () => {
      const p = await newProgramme(saha, { titleKo: '출석 시험 과정', capacity: 5, completionRate: 75 });
      const sessions = (
        await saha.gql(SERIES, { i: { programmeId: p.id, firstDate: '2026-04-06', weekdays: [1], count: 4, startTime: '10:00', endTime: '12:00', onlineUrl: 'https://meet.example.test/x' } })
      ).data!.createSessionSeries;
      await recruiting(p.id);
      const a = await register(saha, '최수료', '010-7777-8888');
      const b = await register(saha, '정미달', '010-7777-9999');
      const ea = (await saha.gql(ENROL, { p: p.id, x: a.id })).data!.enrol.id;
      const eb = (await saha.gql(ENROL, { p: p.id, x: b.id })).data!.enrol.id;
      await saha.gql(STATUS, { id: p.id, s: 'RUNNING' });
      const sheet = (await saha.gql(SHEET, { id: sessions[0].id })).data!.attendanceSheet;
      expect(sheet.rows.map((r: any) => r.status)).toEqual([null, null]);
      const marks = [
        ['PRESENT', 'ABSENT'],
        ['LATE', 'PRESENT'],
        ['PRESENT', 'EXCUSED'],
        ['ABSENT', 'ABSENT'],
      ];
      for (const [n, [ma, mb]] of marks.entries()) {
        const r = await saha.gql(RECORD, {
          i: {
            sessionId: sessions[n].id,
            entries: [
              { enrolmentId: ea, status: ma },
              { enrolmentId: eb, status: mb },
            ],
          },
        });
        expect(r.errors).toBeUndefined();
      }
      expect((await saha.gql(SHEET, { id: sessions[1].id })).data!.attendanceSheet.rows.map((r: any) => [r.status, r.minutes])).toEqual([
        ['LATE', 120],
        ['PRESENT', 120],
      ]);
      const other = ((await t.db.query('SELECT id FROM enrolment WHERE programme_id <> $1 LIMIT 1', [p.id])) as Array<{ id: string }>)[0]!.id;
      expect(Client.code(await saha.gql(RECORD, { i: { sessionId: sessions[0].id, entries: [{ enrolmentId: other, status: 'PRESENT' }] } }))).toBe('NOT_ON_ROSTER');
      expect(Client.code(await yeonje.gql(SHEET, { id: sessions[0].id }))).toBe('SESSION_NOT_FOUND');
      expect(Client.code(await yeonje.gql('query($c: String!) { sessionByCheckInCode(code: $c) { id } }', { c: sessions[0].checkInCode }))).toBe('CHECK_IN_CODE_INVALID');
      expect((await saha.gql('query($c: String!) { sessionByCheckInCode(code: $c) { id } }', { c: sessions[0].checkInCode.toLowerCase() })).data!.sessionByCheckInCode.id).toBe(sessions[0].id);

      // 3 of 4 attended (75%) completes; 1 of 4 does not
      expect((await saha.gql(STATUS, { id: p.id, s: 'COMPLETED' })).data!.changeProgrammeStatus.status).toBe('COMPLETED');
      const roster = (await saha.gql(`query($id: ID!) { programme(id: $id) { enrolments { items { id status attendance { attended held hours rate } certificate { code hours } } } } }`, { id: p.id }))
        .data!.programme.enrolments.items;
      const done = roster.find((r: any) => r.id === ea);
      expect(done).toMatchObject({ status: 'COMPLETED', attendance: { attended: 3, held: 4, hours: 6, rate: 75 }, certificate: { hours: 6 } });
      expect(roster.find((r: any) => r.id === eb)).toMatchObject({ status: 'ENROLLED', certificate: null });

      const pub = await t.client().gql(VERIFY, { c: done.certificate.code });
      expect(pub.data!.verifyCertificate).toMatchObject({ holderName: '최*료', programmeTitle: '출석 시험 과정', issuerName: '부산광역시 사하구', hours: 6 });
      expect(JSON.stringify(pub.data)).not.toContain('최수료');
      // The name on the certificate was read through the logged personal-data path, by the staff member who completed the programme.
      const [read] = await t.db.query(
        "SELECT a.user_id IS NOT NULL AS by_user, a.fields FROM personal_data_access a JOIN enrolment e ON e.participant_id = a.participant_id WHERE e.id = $1 AND a.purpose = 'certificate-issue'",
        [ea],
      );
      expect(read).toMatchObject({ by_user: true, fields: '{NAME}' });
      // Once the holder withdraws consent, the certificate is still confirmed, with no name at all.
      const consentId = (await t.db.query("SELECT k.id FROM consent k JOIN enrolment e ON e.participant_id = k.participant_id WHERE e.id = $1 AND k.purpose = 'PROGRAMME_OPERATION'", [ea]))[0].id;
      await saha.gql('mutation($id: ID!) { withdrawConsent(id: $id) { withdrawnAt } }', { id: consentId });
      expect((await t.client().gql(VERIFY, { c: done.certificate.code })).data!.verifyCertificate).toMatchObject({ holderName: null, programmeTitle: '출석 시험 과정', hours: 6 });
      expect(Client.code(await t.client().gql(VERIFY, { c: 'AAAAAAAAAAAA' }))).toBe('CERTIFICATE_NOT_FOUND');
      expect(Client.code(await t.client().gql(VERIFY, { c: "x' OR 1=1 --" }))).toBe('CERTIFICATE_NOT_FOUND');
    });
  });

  describe('roster files: import and export', () => {
    const HEAD = '참여자키,이름,휴대전화,출생연도,성별,거주지,개인정보 동의,상태';
    const upload = async (c: Client, pid: string, body: Buffer | string, dryRun: boolean, type = 'text/csv') => {
      const res = await fetch(`${t.url}/imports/programmes/${pid}/roster?dryRun=${dryRun}&retentionUntil=2030-12-31`, { method: 'POST', headers: { cookie: c.cookie!, 'content-type': type }, body });
      const text = await res.text();
      if (!res.headers.get('content-type')?.includes('ndjson')) return { status: res.status, body: JSON.parse(text), result: null as any, lines: [] as any[] };
      const lines: any[] = text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      return { status: res.status, body: null, result: lines.at(-1).result, lines };
    };
    const download = async (c: Client, pid: string, format: 'xlsx' | 'csv') => fetch(`${t.url}/exports/programmes/${pid}/roster.${format}`, { headers: { cookie: c.cookie! } });

    it('a dry run reports row errors and writes nothing; the import is all or nothing; an exported file round-trips', async () => {
      const p = await newProgramme(saha, { titleKo: '명단 파일 과정', capacity: 2 });
      await saha.gql(SERIES, { i: { programmeId: p.id, firstDate: '2026-04-06', weekdays: [1], count: 3, startTime: '10:00', endTime: '12:00', onlineUrl: 'https://meet.example.test/f' } });
      await recruiting(p.id);
      const people = () => count("SELECT count(*) AS n FROM participant WHERE name LIKE '파일%'");
      const audits = () => count('SELECT count(*) AS n FROM audit_event');
      const [peopleBefore, auditsBefore] = [await people(), await audits()];

      const bad = [
        `${HEAD},1회차 (04-06 10:00),2회차,9회차`,
        ',파일하나,010-5555-0001,1961,여,남구,예,,출석,,',
        ',파일둘,010-5555-0002,19xx,남,,예,,,,',
        ',파일셋,,1990,,,,,,,',
        ',파일넷,,1985,,해운대구,예,,출석함,,',
        'PNOSUCH1,,,,,,,,,,',
      ].join('\r\n');
      const dry = await upload(saha, p.id, bad, true);
      expect(dry.status).toBe(200);
      expect(dry.lines.length).toBeGreaterThan(1); // progress before the result
      expect(dry.result).toMatchObject({ dryRun: true, applied: false, rows: 5 });
      const where = dry.result.errors.map((e: any) => `${e.row}:${e.column}:${e.code}`);
      expect(where).toEqual([
        '1:9회차:IMPORT_SESSION_UNKNOWN',
        '3:출생연도:IMPORT_VALUE_INVALID',
        '4:개인정보 동의:IMPORT_VALUE_REQUIRED',
        '5:1회차 (04-06 10:00):IMPORT_VALUE_INVALID',
        '6:참여자키:PARTICIPANT_NOT_FOUND',
      ]);
      expect(dry.result.errors[1]).toMatchObject({ ko: '출생연도 값이 올바르지 않습니다: "19xx"', en: '출생연도 has an invalid value: "19xx"' });
      expect(await people()).toBe(peopleBefore);
      expect(await audits()).toBe(auditsBefore);
      // The real import with the same errors saves nothing either.
      expect((await upload(saha, p.id, bad, false)).result).toMatchObject({ applied: false });
      expect(await people()).toBe(peopleBefore);

      const good = [
        `${HEAD},1회차 (04-06 10:00),2회차 (04-13 10:00),3회차 (04-20 10:00)`,
        ',파일하나,010-5555-0001,1961,여,남구,예,,출석,지각,',
        ',파일둘,01055550002,1950,남,,동의,,결석,,',
        ',파일셋,,1990,,,Y,,,,',
      ].join('\r\n');
      const check = await upload(saha, p.id, good, true);
      expect(check.result).toMatchObject({ dryRun: true, applied: false, rows: 3, created: 3, enrolled: 2, waitlisted: 1, marks: 3, errors: [] });
      expect(await people()).toBe(peopleBefore);
      const done = await upload(saha, p.id, good, false);
      expect(done.result).toMatchObject({ dryRun: false, applied: true, created: 3, enrolled: 2, waitlisted: 1, marks: 3, errors: [] });
      expect(await people()).toBe(peopleBefore + 3);
      expect(await count('SELECT seats_taken AS n FROM programme WHERE id = $1', [p.id])).toBe(2);
      expect(await count('SELECT count(*) AS n FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.programme_id = $1', [p.id])).toBe(3);
      expect(await count("SELECT count(*) AS n FROM audit_event WHERE action = 'participant.register' AND occurred_at > now() - interval '1 minute'")).toBeGreaterThanOrEqual(3);
      // Uploading the same file again matches everyone by name and phone: nothing new.
      expect((await upload(saha, p.id, good.replace(',파일셋,,1990,,,Y,,,,', ''), true)).result).toMatchObject({ created: 0, matched: 2, enrolled: 0, marks: 0, errors: [] });

      // Export: the same layout, names where consent and role allow, each read logged.
      const { result: xlsx, sql } = await t.statements(() => download(saha, p.id, 'xlsx'));
      expect(sql.filter((q) => /INSERT INTO "personal_data_access"/.test(q))).toHaveLength(1); // one batch for the whole roster
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-disposition')).toContain("filename*=UTF-8''");
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect((ws.getRow(1).values as string[]).slice(1, 10)).toEqual([...HEAD.split(','), '1회차 (04-06 10:00)']);
      const names = [2, 3, 4].map((r) => ws.getRow(r).getCell(2).text);
      expect(names.sort()).toEqual(['파일둘', '파일셋', '파일하나']);
      expect(await count("SELECT count(*) AS n FROM personal_data_access WHERE purpose = 'roster-export'")).toBe(3);
      const back = Buffer.from(await wb.xlsx.writeBuffer());
      expect((await upload(saha, p.id, back, true, 'application/octet-stream')).result).toMatchObject({ rows: 3, created: 0, matched: 3, enrolled: 0, waitlisted: 0, marks: 0, errors: [] });
      // Change one mark in the file and upload it: exactly that mark changes.
      const row = [2, 3, 4].find((r) => ws.getRow(r).getCell(2).text === '파일하나')!;
      ws.getRow(row).getCell(HEAD.split(',').length + 2).value = '결석';
      const edited = await upload(saha, p.id, Buffer.from(await wb.xlsx.writeBuffer()), false, 'application/octet-stream');
      expect(edited.result).toMatchObject({ applied: true, marks: 1, errors: [] });
      expect(
        (
          await t.db.query(
            "SELECT a.status FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN participant pt ON pt.id = e.participant_id JOIN programme_session s ON s.id = a.session_id WHERE pt.name = '파일하나' ORDER BY s.starts_at",
          )
        ).map((r: { status: string }) => r.status),
      ).toEqual(['PRESENT', 'ABSENT']);
      // CSV export carries a BOM for Excel and the same header.
      const csv = Buffer.from(await (await download(saha, p.id, 'csv')).arrayBuffer());
      expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(csv.toString('utf8', 3).startsWith(`${HEAD},1회차`)).toBe(true);
      // Marks for someone on the waitlist are refused by row.
      const waiting = (
        (await t.db.query("SELECT pt.pseudonym_key FROM enrolment e JOIN participant pt ON pt.id = e.participant_id WHERE e.programme_id = $1 AND e.status = 'WAITLISTED'", [p.id])) as Array<{
          pseudonym_key: string;
        }>
      )[0]!.pseudonym_key;
      const onWaitlist = await upload(saha, p.id, `${HEAD},1회차\n${waiting},,,,,,,,출석`, true);
      expect(onWaitlist.result.errors.map((e: any) => e.code)).toEqual(['NOT_ON_ROSTER']);
    });

    it('refuses files it cannot read, strangers and other routes, without a server error', async () => {
      const p = await newProgramme(saha, { titleKo: '파일 거절 과정' });
      await recruiting(p.id);
      const garbage = await upload(saha, p.id, Buffer.from([0, 1, 2, 3, 255, 254]), true, 'application/octet-stream');
      expect([garbage.status, garbage.body.errors[0].extensions.code]).toEqual([400, 'IMPORT_FILE_INVALID']);
      const noHeader = await upload(saha, p.id, 'a,b,c\n1,2,3', true);
      expect([noHeader.status, noHeader.body.errors[0].extensions.code]).toEqual([400, 'IMPORT_COLUMNS_MISSING']);
      const noRetention = await fetch(`${t.url}/imports/programmes/${p.id}/roster?dryRun=true`, { method: 'POST', headers: { cookie: saha.cookie!, 'content-type': 'text/csv' }, body: `${HEAD}` });
      expect(noRetention.status).toBe(400);
      expect((await upload(yeonje, p.id, `${HEAD}`, true)).status).toBe(404);
      expect((await upload(ministry, p.id, `${HEAD}`, true)).status).toBe(403);
      expect((await download(yeonje, p.id, 'xlsx')).status).toBe(404);
      expect((await download(ministry, p.id, 'xlsx')).status).toBe(403); // a ministry sees counts, not rosters
      expect((await download(saha, p.id, 'pdf' as 'csv')).status).toBe(404);
      expect((await download(saha, 'not-a-uuid', 'csv')).status).toBe(404);
      const anon = await fetch(`${t.url}/exports/programmes/${p.id}/roster.csv`);
      expect(anon.status).toBe(401);
      const graphqlBytes = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { cookie: saha.cookie!, 'content-type': 'application/octet-stream' }, body: 'x' });
      expect(graphqlBytes.status).toBeLessThan(500);
      // A failure after the answer started streaming ends it with an error line, and the transaction rolls back.
      await saha.gql(SERIES, { i: { programmeId: p.id, firstDate: '2026-04-06', weekdays: [1], count: 1, startTime: '10:00', endTime: '12:00', onlineUrl: 'https://meet.example.test/g' } });
      const attendance = t.app.get(AttendanceService);
      const spy = jest.spyOn(attendance, 'record').mockRejectedValueOnce(new Error('disk full'));
      const before = [await count("SELECT count(*) AS n FROM participant WHERE name = '중간실패'"), await count('SELECT count(*) AS n FROM audit_event')];
      const failed = await upload(saha, p.id, `${HEAD},1회차\n,중간실패,,1970,,,예,,출석`, false);
      spy.mockRestore();
      expect(failed.status).toBe(200);
      expect(failed.lines.at(-1)).toMatchObject({ error: { code: 'INTERNAL_SERVER_ERROR' } });
      expect([await count("SELECT count(*) AS n FROM participant WHERE name = '중간실패'"), await count('SELECT count(*) AS n FROM audit_event')]).toEqual(before);
      const huge = await fetch(`${t.url}/imports/programmes/${p.id}/roster?dryRun=true&retentionUntil=2030-12-31`, {
        method: 'POST',
        headers: { cookie: saha.cookie!, 'content-type': 'text/csv' },
        body: Buffer.alloc(6 * 1024 * 1024, 65),
      });
      expect(huge.status).toBe(413);
      expect(((await huge.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('IMPORT_TOO_LARGE');
    });
  });

  describe('cross-organization block', () => {
    it("another stream's organization gets NOT_FOUND for programmes, sessions, enrolments and participants, and lists never show them", async () => {
      const session = ((await t.db.query('SELECT id FROM programme_session WHERE programme_id = $1 LIMIT 1', [programme])) as Array<{ id: string }>)[0]!.id;
      const enrolment = ((await t.db.query('SELECT id FROM enrolment WHERE programme_id = $1 LIMIT 1', [programme])) as Array<{ id: string }>)[0]!.id;
      expect(Client.code(await yeonje.gql('query($id: ID!) { session(id: $id) { id } }', { id: session }))).toBe('SESSION_NOT_FOUND');
      expect(Client.code(await yeonje.gql('query($id: ID!) { enrolment(id: $id) { id } }', { id: enrolment }))).toBe('ENROLMENT_NOT_FOUND');
      expect(Client.code(await yeonje.gql(DROP, { id: enrolment, s: 'DROPPED' }))).toBe('ENROLMENT_NOT_FOUND');
      expect(Client.code(await yeonje.gql(UPDATE, { i: { id: programme, capacity: 50 } }))).toBe('PROGRAMME_NOT_FOUND');
      expect(
        Client.code(await yeonje.gql(SERIES, { i: { programmeId: programme, firstDate: '2026-05-04', weekdays: [1], count: 1, startTime: '10:00', endTime: '11:00', onlineUrl: 'https://x.test' } })),
      ).toBe('PROGRAMME_NOT_FOUND');
      const list = (await yeonje.gql(LIST, {})).data!.programmes.items;
      expect(list.some((p: any) => p.id === programme)).toBe(false);
      expect((await yeonje.gql('{ participants(limit: 100) { items { id } } }')).data!.participants.items.length).toBeGreaterThan(0);
      const sahaIds = new Set(
        ((await t.db.query("SELECT p.id FROM participant p JOIN organization o ON o.id = p.organization_id WHERE o.short_code = 'SAHA'")) as Array<{ id: string }>).map((r) => r.id),
      );
      expect((await yeonje.gql('{ participants(limit: 100) { items { id } } }')).data!.participants.items.some((p: any) => sahaIds.has(p.id))).toBe(false);
      // a draft is visible to its host and co-hosts only
      const draft = await newProgramme(saha, { titleKo: '초안 과정' });
      expect(Client.code(await city.gql(PROGRAMME, { id: draft.id }))).toBe('PROGRAMME_NOT_FOUND');
      expect(
        Client.code(await ministry.gql(CREATE, { i: { initiativeId: initiative, titleKo: 'x', pillar: 'LEARN', domain: 'VOCATIONAL', format: 'OFFLINE', capacity: 5, startsOn: '2026-03-02' } })),
      ).toBe('FORBIDDEN');
      expect(Client.code(await t.client().gql(LIST, {}))).toBe('UNAUTHENTICATED');
    });
  });
});
