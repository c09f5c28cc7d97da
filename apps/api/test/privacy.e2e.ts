import { DataSource } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { Client, startTestApp, TestApp } from './support/app';
import { graphql } from './gql';
import { APP } from '../src/modules';
import { ensureLoginRole, grantAppRole } from '../src/core/database/app-role';

const THRESHOLD = graphql(`
  mutation TestSetBulkDownloadThreshold($n: Int!) {
    setBulkDownloadThreshold(threshold: $n) {
      bulkReasonThreshold
    }
  }
`);
const REVIEW = graphql(`
  query TestAccessReview($month: String!) {
    accessReview(month: $month) {
      month
      totalReads
      ended
      readers {
        name
        reads
        people
        outsideHours
        downloads
        peopleDownloaded
      }
      purposes {
        purpose
        reads
      }
      downloads {
        name
        purpose
        people
        reason
      }
      flags {
        kind
        name
        count
      }
      signOff {
        signedBy
        note
      }
    }
  }
`);
const MONTHS = graphql(`
  query TestAccessReviewMonths {
    accessReviewMonths {
      month
      reads
      signed
    }
  }
`);
const SIGN = graphql(`
  mutation TestSignAccessReview($month: String!, $note: String!) {
    signAccessReview(month: $month, note: $note) {
      signOff {
        signedBy
        note
      }
    }
  }
`);

const lastMonth = () => {
  const [y, m] = seoulDate().split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

describe('personal data the way the law expects it: a kept access log, reasons for bulk downloads, the monthly review', () => {
  let t: TestApp;
  let admin: Client;
  let staff: Client;
  let programmeId = '';
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('nam.admin@lalaland.test');
    staff = await t.as('nam.staff@lalaland.test');
    const [p] = await t.db.query(
      `SELECT e.programme_id AS id FROM enrolment e JOIN organization o ON o.id = e.organization_id
        WHERE o.short_code = 'NAM' AND e.status IN ('ENROLLED', 'COMPLETED') GROUP BY 1 HAVING count(*) >= 3 ORDER BY count(*) DESC LIMIT 1`,
    );
    programmeId = p.id;
  });
  afterAll(() => t.close());

  const roster = (c: Client, reason?: string) =>
    fetch(`${t.url}/exports/programmes/${programmeId}/roster.csv${reason === undefined ? '' : `?reason=${encodeURIComponent(reason)}`}`, {
      headers: { cookie: c.cookie! },
    });

  it('the access log cannot be changed: the trigger refuses any role, and the API role lacks the privilege', async () => {
    const [row] = await t.db.query('SELECT id FROM personal_data_access LIMIT 1');
    await expect(t.db.query(`UPDATE personal_data_access SET purpose = 'x' WHERE id = $1`, [row.id])).rejects.toMatchObject({
      code: 'LA002',
    });
    await expect(t.db.query('DELETE FROM personal_data_access WHERE id = $1', [row.id])).rejects.toMatchObject({ code: 'LA002' });
    await expect(t.db.query('TRUNCATE personal_data_access')).rejects.toMatchObject({ code: 'LA002' });
    await ensureLoginRole((sql) => t.db.query(sql), 'lalaland_app_kept', 'kepttest123');
    await grantAppRole(t.db, 'lalaland_app_kept', APP.appendOnly);
    const url = new URL(t.databaseUrl);
    url.username = 'lalaland_app_kept';
    url.password = 'kepttest123';
    const app = new DataSource({ type: 'postgres', url: url.toString() });
    await app.initialize();
    try {
      for (const table of ['personal_data_access', 'personal_data_download', 'access_review'])
        await expect(app.query(`DELETE FROM ${table}`)).rejects.toMatchObject({ code: '42501' });
      await expect(app.query(`UPDATE personal_data_access SET purpose = 'x' WHERE id = $1`, [row.id])).rejects.toMatchObject({
        code: '42501',
      });
      expect(await app.query('SELECT count(*)::int AS n FROM personal_data_access WHERE id = $1', [row.id])).toEqual([{ n: 1 }]);
    } finally {
      await app.destroy();
    }
  });

  it("above the organization's threshold a roster download asks for its reason, and keeps it; only admins set the threshold", async () => {
    expect(Client.code(await staff.gql(THRESHOLD, { n: 2 }))).toBe('FORBIDDEN');
    expect(Client.code(await admin.gql(THRESHOLD, { n: 0 }))).toBe('VALIDATION_FAILED');
    expect((await admin.gql(THRESHOLD, { n: 2 })).data!.setBulkDownloadThreshold.bulkReasonThreshold).toBe(2);
    const before = (await t.db.query('SELECT count(*)::int AS n FROM personal_data_access'))[0].n;
    const refused = await roster(staff);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BULK_DOWNLOAD_REASON_REQUIRED');
    expect(body.errors[0]!.message).toMatch(/명의 개인정보가 담긴 파일입니다\. 기관이 정한 2명을 넘으니 내려받는 사유를 적으세요/);
    // Refused before anything was read: no access-log rows were written.
    expect((await t.db.query('SELECT count(*)::int AS n FROM personal_data_access'))[0].n).toBe(before);
    expect((await roster(staff, '   ')).status).toBe(400);
    expect((await roster(staff, 'x'.repeat(501))).status).toBe(400);
    const ok = await roster(staff, '수료증 발송 명단 확인');
    expect(ok.status).toBe(200);
    const [d] = await t.db.query('SELECT purpose, people, reason FROM personal_data_download ORDER BY occurred_at DESC LIMIT 1');
    expect(d).toMatchObject({ purpose: 'roster-export:csv', reason: '수료증 발송 명단 확인' });
    expect(d.people).toBeGreaterThan(2);
    // Under the threshold no reason is asked; the download is logged all the same.
    await admin.gql(THRESHOLD, { n: 1000 });
    expect((await roster(admin)).status).toBe(200);
    expect((await t.db.query('SELECT count(*)::int AS n FROM personal_data_download'))[0].n).toBe(2);
  });

  it('the monthly review shows reads by person and purpose, flags reads outside working hours and bulk downloads', async () => {
    const month = seoulDate().slice(0, 7);
    const review = (await admin.gql(REVIEW, { month })).data!.accessReview;
    expect(review).toMatchObject({ month, ended: false, signOff: null });
    const park = review.readers.find((r) => r.name === '박담당')!;
    expect(park.downloads).toBe(1);
    expect(park.peopleDownloaded).toBeGreaterThan(2);
    expect(review.purposes.map((p) => p.purpose)).toContain('roster-export');
    expect(review.downloads.find((d) => d.name === '박담당')).toMatchObject({
      purpose: 'roster-export:csv',
      reason: '수료증 발송 명단 확인',
    });
    expect(review.flags).toContainEqual({ kind: 'BULK_DOWNLOAD', name: '박담당', count: park.peopleDownloaded });
    // Last month: a read at 23:00 in Seoul.
    const previous = lastMonth();
    await t.db.query(
      `INSERT INTO personal_data_access (occurred_at, user_id, organization_id, participant_id, fields, purpose)
       SELECT ($1 || '-15 23:00')::timestamp AT TIME ZONE 'Asia/Seoul', u.id, m.organization_id, p.id, '{NAME}', 'graphql:participant.personal'
         FROM app_user u JOIN membership m ON m.user_id = u.id JOIN participant p ON p.organization_id = m.organization_id
        WHERE u.email = 'nam.staff@lalaland.test' LIMIT 1`,
      [previous],
    );
    const old = (await admin.gql(REVIEW, { month: previous })).data!.accessReview;
    expect(old.ended).toBe(true);
    expect(old.flags).toContainEqual({ kind: 'OUTSIDE_HOURS', name: '박담당', count: 1 });
    const months = (await admin.gql(MONTHS, {})).data!.accessReviewMonths;
    expect(months).toHaveLength(12);
    expect(months[0]).toMatchObject({ month, signed: false });
  });

  it('the officer signs an ended month once, with a note; the current month waits; staff and other organizations see nothing', async () => {
    const month = seoulDate().slice(0, 7);
    expect(Client.code(await admin.gql(SIGN, { month, note: '이상 없음' }))).toBe('ACCESS_REVIEW_MONTH_OPEN');
    expect(Client.code(await admin.gql(SIGN, { month: lastMonth(), note: '  ' }))).toBe('VALIDATION_FAILED');
    const signed = (await admin.gql(SIGN, { month: lastMonth(), note: '야간 열람 1건: 담당자 확인, 수료 안내 문자 발송 준비' })).data!;
    expect(signed.signAccessReview.signOff).toEqual({ signedBy: '이남구', note: '야간 열람 1건: 담당자 확인, 수료 안내 문자 발송 준비' });
    expect(Client.code(await admin.gql(SIGN, { month: lastMonth(), note: '다시' }))).toBe('ACCESS_REVIEW_SIGNED');
    await expect(t.db.query(`UPDATE access_review SET note = 'changed'`)).rejects.toMatchObject({ code: 'LA002' });
    for (const bad of ['2025-13', '2025-1', 'now', '2999-01'])
      expect(Client.code(await admin.gql(REVIEW, { month: bad }))).toBe('ACCESS_REVIEW_MONTH_INVALID');
    // Role × organization: staff and viewers are refused; another organization's admin reviews only its own log.
    for (const email of ['nam.staff@lalaland.test', 'viewer@lalaland.test'])
      expect(Client.code(await (await t.as(email)).gql(REVIEW, { month }))).toBe('FORBIDDEN');
    const yeonje = (await (await t.as('yeonje.admin@lalaland.test')).gql(REVIEW, { month: lastMonth() })).data!.accessReview;
    expect(yeonje.readers.map((r) => r.name)).not.toContain('박담당');
    expect(yeonje.signOff).toBeNull();
  });
});
