import { Client, TestApp } from './support/app';
import { CREATE, UPDATE, STATUS, PROGRAMME, LIST, SERIES, ENROL, DROP, SHEET, RECORD, VERIFY, learnFixture, type LearnFixture } from './support/learn';
import { AttendanceService } from '../src/modules/enrolments/attendance.service';

describe('enrolments: capacity, attendance, completion and certificates, roster files', () => {
  let t: TestApp, saha: Client, city: Client, univ: Client, yeonje: Client, ministry: Client;
  let initiative: string, programme: string;
  let count: LearnFixture['count'], newProgramme: LearnFixture['newProgramme'], recruiting: LearnFixture['recruiting'], register: LearnFixture['register'];

  beforeAll(async () => {
    ({ t, saha, city, univ, yeonje, ministry, initiative, programme, count, newProgramme, recruiting, register } = await learnFixture());
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
      // A session of the programme (in this file's own database, the programme has none yet).
      const series = await saha.gql(SERIES, { i: { programmeId: programme, firstDate: '2026-05-04', weekdays: [1], count: 1, startTime: '10:00', endTime: '11:00', onlineUrl: 'https://x.test' } });
      const session = series.data!.createSessionSeries[0].id as string;
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
