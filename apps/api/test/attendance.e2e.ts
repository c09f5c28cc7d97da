import { Client, TestApp } from './support/app';
import type { AttendanceStatus } from './gql/graphql';
import { STATUS, SERIES, ENROL, learnFixture, type LearnFixture } from './support/learn';
import { CHECK_IN, COMPLETION, EVALUATE, PRINT, DROP, SHEET, RECORD, VERIFY, WITHDRAW } from './support/enrolments';

describe('attendance, completion and certificates', () => {
  let t: TestApp, saha: Client, univ: Client, yeonje: Client;

  let count: LearnFixture['count'],
    newProgramme: LearnFixture['newProgramme'],
    recruiting: LearnFixture['recruiting'],
    register: LearnFixture['register'];

  beforeAll(async () => {
    ({ t, saha, univ, yeonje, count, newProgramme, recruiting, register } = await learnFixture());
  });
  afterAll(() => t.close());

  describe('attendance, completion and certificates', () => {
    it('saves a whole roster in one mutation, refuses strangers, completes by the rule and issues a verifiable certificate', async () => {
      const p = await newProgramme(saha, { titleKo: '출석 시험 과정', capacity: 5, completionRate: 75 });
      const sessions = (
        await saha.gql(SERIES, {
          i: {
            programmeId: p.id,
            firstDate: '2025-10-06',
            weekdays: [1],
            count: 4,
            startTime: '10:00',
            endTime: '12:00',
            onlineUrl: 'https://meet.example.test/x',
          },
        })
      ).data!.createSessionSeries;
      await recruiting(p.id);
      const a = await register(saha, '최수료', '010-7777-8888');
      const b = await register(saha, '정미달', '010-7777-9999');
      const ea = (await saha.gql(ENROL, { p: p.id, x: a.id })).data!.enrol.id;
      const eb = (await saha.gql(ENROL, { p: p.id, x: b.id })).data!.enrol.id;
      await saha.gql(STATUS, { id: p.id, s: 'RUNNING' });
      const sheet = (await saha.gql(SHEET, { id: sessions[0]!.id })).data!.attendanceSheet;
      expect(sheet.rows.map((r) => r.status)).toEqual([null, null]);
      const marks: Array<[AttendanceStatus, AttendanceStatus]> = [
        ['PRESENT', 'ABSENT'],
        ['LATE', 'PRESENT'],
        ['PRESENT', 'EXCUSED'],
        ['ABSENT', 'ABSENT'],
      ];
      for (const [n, [ma, mb]] of marks.entries()) {
        const r = await saha.gql(RECORD, {
          i: {
            sessionId: sessions[n]!.id,
            entries: [
              { enrolmentId: ea, status: ma },
              { enrolmentId: eb, status: mb },
            ],
          },
        });
        expect(r.errors).toBeUndefined();
      }
      expect((await saha.gql(SHEET, { id: sessions[1]!.id })).data!.attendanceSheet.rows.map((r) => [r.status, r.minutes])).toEqual([
        ['LATE', 120],
        ['PRESENT', 120],
      ]);
      const other = ((await t.db.query('SELECT id FROM enrolment WHERE programme_id <> $1 LIMIT 1', [p.id])) as Array<{ id: string }>)[0]!
        .id;
      expect(
        Client.code(await saha.gql(RECORD, { i: { sessionId: sessions[0]!.id, entries: [{ enrolmentId: other, status: 'PRESENT' }] } })),
      ).toBe('NOT_ON_ROSTER');
      expect(Client.code(await yeonje.gql(SHEET, { id: sessions[0]!.id }))).toBe('SESSION_NOT_FOUND');
      expect(Client.code(await yeonje.gql(CHECK_IN, { c: sessions[0]!.checkInCode! }))).toBe('CHECK_IN_CODE_INVALID');
      expect((await saha.gql(CHECK_IN, { c: sessions[0]!.checkInCode!.toLowerCase() })).data!.sessionByCheckInCode.id).toBe(
        sessions[0]!.id,
      );

      // 3 of 4 attended (75%) completes; 1 of 4 does not
      expect((await saha.gql(STATUS, { id: p.id, s: 'COMPLETED' })).data!.changeProgrammeStatus.status).toBe('COMPLETED');
      const roster = (await saha.gql(COMPLETION, { id: p.id })).data!.programme.enrolments!.items;
      const done = roster.find((r) => r.id === ea)!;
      expect(done).toMatchObject({
        status: 'COMPLETED',
        attendance: { attended: 3, held: 4, hours: 6, rate: 75 },
        certificate: { hours: 6 },
      });
      expect(roster.find((r) => r.id === eb)).toMatchObject({ status: 'NOT_COMPLETED', certificate: null }); // 미수료, and no drop is offered
      expect(Client.code(await saha.gql(DROP, { id: eb, s: 'DROPPED' }))).toBe('ILLEGAL_ENROLMENT_CHANGE');
      // A mark corrected after the close completes the learner on the next evaluation (with a certificate).
      await saha.gql(RECORD, { i: { sessionId: sessions[0]!.id, entries: [{ enrolmentId: eb, status: 'PRESENT' }] } });
      await saha.gql(RECORD, { i: { sessionId: sessions[3]!.id, entries: [{ enrolmentId: eb, status: 'PRESENT' }] } });
      expect((await saha.gql(EVALUATE, { id: p.id })).data!.evaluateCompletion).toBe(1);
      const late = (await saha.gql(COMPLETION, { id: p.id })).data!.programme.enrolments!.items.find((r) => r.id === eb);
      expect(late).toMatchObject({ status: 'COMPLETED', certificate: { hours: 6 } });

      const code = done.certificate!.code;
      const pub = await t.client().gql(VERIFY, { c: code });
      expect(pub.data!.verifyCertificate).toMatchObject({
        holderName: '최*료',
        programmeTitle: '출석 시험 과정',
        issuerName: '부산광역시 사하구',
        hours: 6,
      });
      expect(JSON.stringify(pub.data)).not.toContain('최수료');
      // The name on the certificate was read through the logged personal-data path, by the staff member who completed the programme.
      const [read] = (await t.db.query(
        "SELECT a.user_id IS NOT NULL AS by_user, a.fields FROM personal_data_access a JOIN enrolment e ON e.participant_id = a.participant_id WHERE e.id = $1 AND a.purpose = 'certificate-issue'",
        [ea],
      )) as Array<{ by_user: boolean; fields: string }>;
      expect(read).toMatchObject({ by_user: true, fields: '{NAME}' });
      // The organization holding the participant prints the certificate with the full name (a logged read); no one else can.
      expect((await saha.gql(PRINT, { c: code })).data!.certificateToPrint).toMatchObject({ holderName: '최수료', hours: 6 });
      expect(
        await count(
          "SELECT count(*) AS n FROM personal_data_access a JOIN enrolment e ON e.participant_id = a.participant_id WHERE e.id = $1 AND a.purpose = 'certificate-print'",
          [ea],
        ),
      ).toBe(1);
      expect(Client.code(await yeonje.gql(PRINT, { c: code }))).toBe('CERTIFICATE_NOT_FOUND');
      expect(Client.code(await univ.gql(PRINT, { c: code }))).toBe('CERTIFICATE_NOT_FOUND'); // a partner in the stream, not the holder's organization
      // Once the holder withdraws consent, the certificate is still confirmed, with no name at all.
      const [held] = (await t.db.query(
        "SELECT k.id FROM consent k JOIN enrolment e ON e.participant_id = k.participant_id WHERE e.id = $1 AND k.purpose = 'PROGRAMME_OPERATION'",
        [ea],
      )) as Array<{
        id: string;
      }>;
      await saha.gql(WITHDRAW, { id: held!.id });
      expect((await t.client().gql(VERIFY, { c: code })).data!.verifyCertificate).toMatchObject({
        holderName: null,
        programmeTitle: '출석 시험 과정',
        hours: 6,
      });
      expect((await saha.gql(PRINT, { c: code })).data!.certificateToPrint.holderName).toBeNull();
      expect(Client.code(await t.client().gql(VERIFY, { c: 'AAAAAAAAAAAA' }))).toBe('CERTIFICATE_NOT_FOUND');
      expect(Client.code(await t.client().gql(VERIFY, { c: "x' OR 1=1 --" }))).toBe('CERTIFICATE_NOT_FOUND');
    });
  });
});
