import type { RosterImportResult } from '@lalaland/shared';
import { Client, TestApp } from './support/app';
import { SERIES, learnFixture, type LearnFixture } from './support/learn';
import { AttendanceService } from '../src/modules/enrolments/attendance.service';

/** What the roster import streams: progress lines, then the result (or an error line). */
type ImportLine = { result?: RosterImportResult; error?: { code: string } };
type ErrorBody = { errors: Array<{ extensions: { code: string } }> };

describe('roster files: import and export', () => {
  let t: TestApp, saha: Client, yeonje: Client, ministry: Client;
  let count: LearnFixture['count'], newProgramme: LearnFixture['newProgramme'], recruiting: LearnFixture['recruiting'];

  beforeAll(async () => {
    ({ t, saha, yeonje, ministry, count, newProgramme, recruiting } = await learnFixture());
  });
  afterAll(() => t.close());

  const HEAD = '식별번호,이름,휴대전화,출생연도,성별,거주지,개인정보 동의,상태';
  // The key column under its former name (참여자키): files kept from before the glossary still import.
  const FORMER_HEAD = HEAD.replace('식별번호', '참여자키');
  const upload = async (c: Client, pid: string, body: Buffer | string, dryRun: boolean, type = 'text/csv') => {
    const res = await fetch(`${t.url}/imports/programmes/${pid}/roster?dryRun=${dryRun}&retentionUntil=2030-12-31`, {
      method: 'POST',
      headers: { cookie: c.cookie!, 'content-type': type },
      body,
    });
    const text = await res.text();
    if (!res.headers.get('content-type')?.includes('ndjson'))
      return { status: res.status, body: JSON.parse(text) as ErrorBody, result: undefined, lines: [] as ImportLine[] };
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ImportLine);
    return { status: res.status, body: undefined, result: lines.at(-1)!.result, lines };
  };
  const download = async (c: Client, pid: string, format: 'xlsx' | 'csv') =>
    fetch(`${t.url}/exports/programmes/${pid}/roster.${format}`, { headers: { cookie: c.cookie! } });

  it('a dry run reports row errors and writes nothing; the import is all or nothing; an exported file round-trips', async () => {
    const p = await newProgramme(saha, { titleKo: '명단 파일 과정', capacity: 2 });
    await saha.gql(SERIES, {
      i: {
        programmeId: p.id,
        firstDate: '2025-10-06',
        weekdays: [1],
        count: 3,
        startTime: '10:00',
        endTime: '12:00',
        onlineUrl: 'https://meet.example.test/f',
      },
    });
    await recruiting(p.id);
    const people = () => count("SELECT count(*) AS n FROM participant WHERE name LIKE '파일%'");
    const audits = () => count('SELECT count(*) AS n FROM audit_event');
    const [peopleBefore, auditsBefore] = [await people(), await audits()];

    const bad = [
      `${FORMER_HEAD},1회차 (04-06 10:00),2회차,9회차`,
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
    const where = dry.result!.errors.map((e) => `${e.row}:${e.column}:${e.code}`);
    expect(where).toEqual([
      '1:9회차:IMPORT_SESSION_UNKNOWN',
      '3:출생연도:IMPORT_VALUE_INVALID',
      '4:개인정보 동의:IMPORT_VALUE_REQUIRED',
      '5:1회차 (04-06 10:00):IMPORT_VALUE_INVALID',
      '6:식별번호:PARTICIPANT_NOT_FOUND', // the file's former header (참여자키) is read; errors name the column as it is called now
    ]);
    expect(dry.result!.errors[1]).toMatchObject({
      ko: '출생연도 값이 올바르지 않습니다: "19xx"',
      en: '출생연도 has an invalid value: "19xx"',
    });
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
    expect(check.result).toMatchObject({
      dryRun: true,
      applied: false,
      rows: 3,
      created: 3,
      enrolled: 2,
      waitlisted: 1,
      marks: 3,
      errors: [],
    });
    expect(await people()).toBe(peopleBefore);
    const done = await upload(saha, p.id, good, false);
    expect(done.result).toMatchObject({ dryRun: false, applied: true, created: 3, enrolled: 2, waitlisted: 1, marks: 3, errors: [] });
    expect(await people()).toBe(peopleBefore + 3);
    expect(await count('SELECT seats_taken AS n FROM programme WHERE id = $1', [p.id])).toBe(2);
    expect(
      await count('SELECT count(*) AS n FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.programme_id = $1', [p.id]),
    ).toBe(3);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_event WHERE action = 'participant.register' AND occurred_at > now() - interval '1 minute'",
      ),
    ).toBeGreaterThanOrEqual(3);
    // Uploading the same file again matches everyone by name and phone: nothing new.
    expect((await upload(saha, p.id, good.replace(',파일셋,,1990,,,Y,,,,', ''), true)).result).toMatchObject({
      created: 0,
      matched: 2,
      enrolled: 0,
      marks: 0,
      errors: [],
    });

    // Export: the same layout, names where consent and role allow, each read logged.
    const { result: xlsx, sql } = await t.statements(() => download(saha, p.id, 'xlsx'));
    expect(sql.filter((q) => /INSERT INTO "personal_data_access"/.test(q))).toHaveLength(1); // one batch for the whole roster
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as string[]).slice(1, 10)).toEqual([...HEAD.split(','), '1회차 (10-06 10:00)']);
    const names = [2, 3, 4].map((r) => ws.getRow(r).getCell(2).text);
    expect(names.sort()).toEqual(['파일둘', '파일셋', '파일하나']);
    expect(await count("SELECT count(*) AS n FROM personal_data_access WHERE purpose = 'roster-export'")).toBe(3);
    const back = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await upload(saha, p.id, back, true, 'application/octet-stream')).result).toMatchObject({
      rows: 3,
      created: 0,
      matched: 3,
      enrolled: 0,
      waitlisted: 0,
      marks: 0,
      errors: [],
    });
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
      (await t.db.query(
        "SELECT pt.pseudonym_key FROM enrolment e JOIN participant pt ON pt.id = e.participant_id WHERE e.programme_id = $1 AND e.status = 'WAITLISTED'",
        [p.id],
      )) as Array<{
        pseudonym_key: string;
      }>
    )[0]!.pseudonym_key;
    const onWaitlist = await upload(saha, p.id, `${HEAD},1회차\n${waiting},,,,,,,,출석`, true);
    expect(onWaitlist.result!.errors.map((e) => e.code)).toEqual(['NOT_ON_ROSTER']);
  });

  it('refuses files it cannot read, strangers and other routes, without a server error', async () => {
    const p = await newProgramme(saha, { titleKo: '파일 거절 과정' });
    await recruiting(p.id);
    const garbage = await upload(saha, p.id, Buffer.from([0, 1, 2, 3, 255, 254]), true, 'application/octet-stream');
    expect([garbage.status, garbage.body!.errors[0]!.extensions.code]).toEqual([400, 'IMPORT_FILE_INVALID']);
    const noHeader = await upload(saha, p.id, 'a,b,c\n1,2,3', true);
    expect([noHeader.status, noHeader.body!.errors[0]!.extensions.code]).toEqual([400, 'IMPORT_COLUMNS_MISSING']);
    const noRetention = await fetch(`${t.url}/imports/programmes/${p.id}/roster?dryRun=true`, {
      method: 'POST',
      headers: { cookie: saha.cookie!, 'content-type': 'text/csv' },
      body: `${HEAD}`,
    });
    expect(noRetention.status).toBe(400);
    expect((await upload(yeonje, p.id, `${HEAD}`, true)).status).toBe(404);
    expect((await upload(ministry, p.id, `${HEAD}`, true)).status).toBe(403);
    expect((await download(yeonje, p.id, 'xlsx')).status).toBe(404);
    expect((await download(ministry, p.id, 'xlsx')).status).toBe(403); // a ministry sees counts, not rosters
    expect((await download(saha, p.id, 'pdf' as 'csv')).status).toBe(404);
    expect((await download(saha, 'not-a-uuid', 'csv')).status).toBe(404);
    const anon = await fetch(`${t.url}/exports/programmes/${p.id}/roster.csv`);
    expect(anon.status).toBe(401);
    const graphqlBytes = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { cookie: saha.cookie!, 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(graphqlBytes.status).toBeLessThan(500);
    // A failure after the answer started streaming ends it with an error line, and the transaction rolls back.
    await saha.gql(SERIES, {
      i: {
        programmeId: p.id,
        firstDate: '2025-10-06',
        weekdays: [1],
        count: 1,
        startTime: '10:00',
        endTime: '12:00',
        onlineUrl: 'https://meet.example.test/g',
      },
    });
    const attendance = t.app.get(AttendanceService);
    const spy = jest.spyOn(attendance, 'record').mockRejectedValueOnce(new Error('disk full'));
    const before = [
      await count("SELECT count(*) AS n FROM participant WHERE name = '중간실패'"),
      await count('SELECT count(*) AS n FROM audit_event'),
    ];
    const failed = await upload(saha, p.id, `${HEAD},1회차\n,중간실패,,1970,,,예,,출석`, false);
    spy.mockRestore();
    expect(failed.status).toBe(200);
    expect(failed.lines.at(-1)).toMatchObject({ error: { code: 'INTERNAL_SERVER_ERROR' } });
    expect([
      await count("SELECT count(*) AS n FROM participant WHERE name = '중간실패'"),
      await count('SELECT count(*) AS n FROM audit_event'),
    ]).toEqual(before);
    const huge = await fetch(`${t.url}/imports/programmes/${p.id}/roster?dryRun=true&retentionUntil=2030-12-31`, {
      method: 'POST',
      headers: { cookie: saha.cookie!, 'content-type': 'text/csv' },
      body: Buffer.alloc(6 * 1024 * 1024, 65),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorBody).errors[0]!.extensions.code).toBe('IMPORT_TOO_LARGE');
  });
});
