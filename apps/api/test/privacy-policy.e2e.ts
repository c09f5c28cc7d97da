import { Client, startReplica, startTestApp, TestApp } from './support/app';
import { graphql } from './gql';
import { APP } from '../src/modules';
import { LOOKS_PERSONAL, NOT_PERSONAL } from '../src/modules/privacy/inventory';

const OFFICER = graphql(`
  mutation TestSetPrivacyOfficer($position: String!, $contact: String!) {
    setPrivacyOfficer(position: $position, contact: $contact) {
      position
      contact
    }
  }
`);

describe('the privacy policy, generated from what the platform holds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const page = async (path = '/privacy') => {
    const r = await fetch(`${t.url}${path}`);
    return { status: r.status, html: await r.text() };
  };

  it('every column that looks personal is described by its module (or declared not personal), and every description names a real column', async () => {
    const columns = (
      (await t.db.query(
        `SELECT table_name || '.' || column_name AS c FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
      )) as Array<{ c: string }>
    ).map((r) => r.c);
    const described = new Set(APP.personalData.map((p) => p.column));
    const undescribed = columns.filter((c) => LOOKS_PERSONAL.test(c.split('.')[1]!) && !described.has(c) && !(c in NOT_PERSONAL));
    expect(undescribed).toEqual([]);
    expect([...described].filter((c) => !columns.includes(c))).toEqual([]);
    expect(Object.keys(NOT_PERSONAL).filter((c) => !columns.includes(c))).toEqual([]);
  });

  it('/privacy lists the items by purpose with basis and retention, third-party recipients by kind, the officers and the history; no person in it', async () => {
    const { status, html } = await page();
    expect(status).toBe(200);
    for (const text of [
      '개인정보 처리방침',
      '평생학습 프로그램 운영',
      '이름, 휴대전화 (암호화)',
      '상담 기록',
      '다른 기관으로의 연계 의뢰 (제3자 제공)',
      '보유 기간',
      '개인정보 접속기록과 감사 기록',
      '위탁하는 업무가 없습니다',
      '1번째 방침',
    ])
      expect(html).toContain(text);
    const [kind] = await t.db.query(
      `SELECT o.kind::text AS kind FROM referral r JOIN organization o ON o.id = r.to_organization_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    expect(kind).toBeDefined();
    expect(html).toMatch(/제3자 제공[\s\S]*곳<\/li>/);
    // Officers by position and office contact only: no participant's and no staff member's name.
    expect(html).toContain('부산광역시 남구');
    const names = (await t.db.query(`SELECT name FROM participant LIMIT 50`)) as Array<{ name: string }>;
    const staff = (await t.db.query(`SELECT display_name AS name FROM app_user`)) as Array<{ name: string }>;
    for (const { name } of [...names, ...staff]) expect(html).not.toContain(`>${name}<`);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it("an organization's admin names its officer by position; staff cannot; the page shows it", async () => {
    const admin = await t.as('nam.admin@lalaland.test');
    expect(Client.code(await (await t.as('nam.staff@lalaland.test')).gql(OFFICER, { position: '과장', contact: '051-000-0000' }))).toBe(
      'FORBIDDEN',
    );
    expect((await admin.gql(OFFICER, { position: '평생학습과장', contact: '051-607-4000' })).data!.setPrivacyOfficer.position).toBe(
      '평생학습과장',
    );
    const { html } = await page();
    expect(html).toMatch(/부산광역시 남구<\/td><td>평생학습과장<\/td><td>051-607-4000/);
    const [audit] = await t.db.query(`SELECT changes FROM audit_event WHERE action = 'organization.privacy_officer'`);
    expect(audit.changes.position).toEqual([null, '평생학습과장']);
  });

  it('a change in what is held or who processes it publishes a new version; the earlier one stays readable', async () => {
    // Another replica starts with text messages configured: a processor joins the policy, once.
    const replica = await startReplica(t, { SOLAPI_API_KEY: 'k', SOLAPI_API_SECRET: 's', SOLAPI_SENDER: '0516000000' });
    try {
      for (let i = 0; i < 50; i++) {
        if ((await t.db.query('SELECT count(*)::int AS n FROM privacy_policy_version'))[0].n === 2) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await replica.close();
    }
    expect((await t.db.query('SELECT count(*)::int AS n FROM privacy_policy_version'))[0].n).toBe(2);
    const now = await page();
    expect(now.html).toContain('(주)솔라피: 문자·카카오 알림톡 발송');
    expect(now.html).toContain('2번째 방침');
    const first = await page('/privacy/versions/1');
    expect(first.status).toBe(200);
    expect(first.html).toContain('지난 방침');
    expect(first.html).not.toContain('솔라피');
    expect((await page('/privacy/versions/99')).status).toBe(404);
    expect((await page('/privacy/versions/abc')).status).toBe(404);
    await expect(t.db.query(`DELETE FROM privacy_policy_version`)).rejects.toMatchObject({ code: 'LA002' });
  });
});
