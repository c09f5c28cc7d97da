import { Client } from './support/app';
import { NOTIFICATIONS } from './support/coordination';
import { SERIES, STATUS } from './support/learn';
import { DROP } from './support/enrolments';
import { APPLICATIONS, MESSAGE_USAGE, SET_BUDGET, applicationsFixture, type ApplicationsFixture } from './support/applications';

describe('applications: texts on time, limits for bots and numbers, a budget that holds', () => {
  let w: ApplicationsFixture;
  let f: ApplicationsFixture['f'];
  let sms: ApplicationsFixture['sms'];
  let html: ApplicationsFixture['html'];
  let programme: ApplicationsFixture['programme'];
  let apply: ApplicationsFixture['apply'];
  let phone: ApplicationsFixture['phone'];

  beforeAll(async () => {
    w = await applicationsFixture();
    ({ f, sms, html, programme, apply, phone } = w);
  });
  afterAll(() => w?.close());

  it('the day before the class, an enrolled applicant is texted its time and place', async () => {
    // A class 30 hours from now (Seoul): the reminder is planned for 24 hours before it.
    const start = new Date(Date.now() + 30 * 3_600_000 + 9 * 3_600_000);
    const id = await programme('생활 영어 회화', { selection: 'FIRST_COME' }, 2, start.toISOString().slice(0, 10));
    const series = await f.saha.gql(SERIES, {
      i: {
        programmeId: id,
        firstDate: start.toISOString().slice(0, 10),
        weekdays: [start.getUTCDay() === 0 ? 7 : start.getUTCDay()],
        count: 1,
        startTime: start.toISOString().slice(11, 16),
        endTime:
          start.getUTCHours() < 22 ? `${String(start.getUTCHours() + 1).padStart(2, '0')}:${start.toISOString().slice(14, 16)}` : '23:59',
        venueId: f.venue,
      },
    });
    expect(series.errors).toBeUndefined();
    const p = phone();
    expect((await apply(id, { name: '오영희', phone: p })).text).toContain('수강이 확정되었습니다.');
    for (let i = 0; i < 100 && (await f.count("SELECT count(*) AS n FROM outbox_message WHERE event = 'application.reminder'")) === 0; i++)
      await new Promise((r) => setTimeout(r, 50));
    const due = await f.count(
      "SELECT count(*) AS n FROM outbox_message WHERE event = 'application.reminder' AND available_at BETWEEN now() + interval '5 hours' AND now() + interval '7 hours'",
    );
    expect(due).toBe(1);
    // Six hours on: the reminder is due (the test moves it), and the next commit wakes the worker.
    await f.t.db.query("UPDATE outbox_message SET available_at = now() WHERE event = 'application.reminder'");
    await apply(id, { name: '깨우기', phone: phone() });
    const texts = await sms.to(p, 3);
    expect(texts[2]!.text).toMatch(/생활 영어 회화 수업 안내: \d{4}년 \d{1,2}월 \d{1,2}일\(.\) \d{2}:\d{2}/);
    // It went as 카카오 알림톡 by its template (Solapi falls back to SMS without KakaoTalk); the others as SMS.
    expect(texts[2]).toMatchObject({
      type: 'ATA',
      kakaoOptions: { pfId: 'KA01PF-busan-learning', templateId: 'KA01TP-reminder', disableSms: false },
    });
    expect(texts[1]!.type).toBeUndefined();
    expect(await f.count("SELECT count(*) AS n FROM text_message WHERE kind = 'session_reminder' AND channel = 'KAKAO'")).toBe(1);
  });

  it("when the host drops an online applicant or cancels the class, the applicant is told by text with the host's number", async () => {
    const id = await programme('목공 기초', { selection: 'FIRST_COME', contactPhone: '051-220-4000' }, 1);
    const [p1, p2, p3] = [phone(), phone(), phone()];
    const first = await apply(id, { name: '하나', phone: p1 });
    await apply(id, { name: '둘', phone: p2 });
    const third = await apply(id, { name: '셋', phone: p3 });
    const [a1] = (await f.saha.gql(APPLICATIONS, { id })).data!.programme.applications!;
    // Dropped by the host: told, and the page says so (no cancel link); the first on the waitlist moves up and is told.
    expect((await f.saha.gql(DROP, { id: a1!.enrolmentId!, s: 'DROPPED' })).errors).toBeUndefined();
    expect((await sms.to(p1, 3))[2]!.text).toContain(
      '목공 기초 운영기관이 수강을 취소 처리했습니다. 잘못된 경우 운영기관에 알려 주세요. 문의 051-220-4000',
    );
    expect((await sms.to(p2, 3))[2]!.text).toContain('자리가 나서 수강이 확정되었습니다.');
    const page = await html(`/apply/status/${first.token}`);
    expect(page.text).toContain('운영기관이 수강을 취소 처리했습니다.');
    expect(page.text).not.toContain('신청 취소하기');
    // The class is cancelled: everyone whose application stood is told, once; the dropped applicant is not told again.
    expect((await f.saha.gql(STATUS, { id, s: 'CANCELLED', c: '강사 사정' })).errors).toBeUndefined();
    expect((await sms.to(p2, 4))[3]!.text).toContain(
      '목공 기초 운영기관 사정으로 강좌가 취소되었습니다. 불편을 드려 죄송합니다. 문의 051-220-4000',
    );
    expect((await sms.to(p3, 3))[2]!.text).toMatch(/강좌가 취소되었습니다\..* 확인: http/);
    expect((await html(`/apply/status/${third.token}`)).text).not.toContain('신청 취소하기');
    await new Promise((r) => setTimeout(r, 300));
    expect(sms.sent.filter((m) => m.to === p1.replace(/\D/g, ''))).toHaveLength(3);
  });

  it('bots and abuse: a honeypot stores and sends nothing, a number asking too often waits, hostile bodies get a page, a budget stops the texts', async () => {
    const id = await programme('요리 교실', { selection: 'FIRST_COME' }, 5);
    const drafts = await f.count('SELECT count(*) AS n FROM application_draft');
    const bot = await html(`/apply/${id}`, {
      name: '봇',
      phone: '010-9999-0000',
      birthYear: '1990',
      consent: 'yes',
      website: 'http://spam',
    });
    expect(bot.status).toBe(200); // answered alike…
    expect(await f.count('SELECT count(*) AS n FROM application_draft')).toBe(drafts); // …but nothing kept or sent
    const flood = phone();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await html(`/apply/${id}`, { name: '반복', phone: flood, birthYear: '1970', consent: 'yes' })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const hostile: Array<[string, number]> = [];
    for (const body of ['%E0%A4%A', 'name=' + 'x'.repeat(9000), 'a=1&a=2&a[]=3&__proto__=x', 'name=%00%FF&phone=' + '9'.repeat(40)]) {
      const r = await fetch(`${f.t.url}/apply/${id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      hostile.push([body.slice(0, 20), r.status]);
    }
    expect(hostile.filter(([, status]) => status >= 500)).toEqual([]);
    expect(
      (
        await fetch(`${f.t.url}/apply/${id}/confirm`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'draft=x&code=abc',
        })
      ).status,
    ).toBe(400);
    expect((await html('/apply/not-a-programme')).status).toBe(404);
    expect(
      (await fetch(`${f.t.url}/apply/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
    ).toBeLessThan(500);

    // The host's budget: counted and shown; at its end the texts stop (recorded, not sent).
    const saha = await f.t.orgId('SAHA');
    const usage = (await f.saha.gql(MESSAGE_USAGE, { org: saha })).data!.messageUsage;
    expect(usage.sent).toBeGreaterThan(5);
    expect(Client.code(await f.saha.gql(SET_BUDGET, { org: saha, n: 0 }))).toBe('FORBIDDEN');
    expect(Client.code(await f.yeonje.gql(MESSAGE_USAGE, { org: saha }))).toBe('ORGANIZATION_NOT_FOUND');
    expect(Client.code(await f.city.gql(SET_BUDGET, { org: saha, n: 0 }))).toBe('FORBIDDEN'); // budgets are set by the platform's admins
    const admin = await f.t.as('admin@lalaland.test');
    expect(Client.code(await admin.gql(SET_BUDGET, { org: saha, n: -1 }))).toBe('VALIDATION_FAILED');
    expect((await admin.gql(SET_BUDGET, { org: saha, n: usage.sent })).data!.setMessageBudget.monthlyLimit).toBe(usage.sent);
    const late = phone();
    await html(`/apply/${id}`, { name: '예산초과', phone: late, birthYear: '1970', consent: 'yes' });
    // Its code is recorded as over the budget and never reaches the provider (texts still in flight for others may join it).
    const overFor = () =>
      f.count("SELECT count(*) AS n FROM text_message WHERE status = 'OVER_BUDGET' AND kind = 'phone_code' AND phone_tail = $1", [
        late.slice(-4),
      ]);
    for (let i = 0; i < 40 && (await overFor()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await overFor()).toBe(1);
    expect(sms.sent.filter((m) => m.to === late.replace(/\D/g, ''))).toEqual([]);
    expect((await f.saha.gql(MESSAGE_USAGE, { org: saha })).data!.messageUsage.overBudget).toBeGreaterThanOrEqual(1);
    // The host's staff are told, once a day however many texts stay unsent; another organization is not.
    await html(`/apply/${id}`, { name: '예산초과둘', phone: phone(), birthYear: '1971', consent: 'yes' });
    const told = async () => (await f.saha.gql(NOTIFICATIONS, {})).data!.notifications.items.filter((n) => n.kind === 'TEXTS_NOT_SENT');
    for (let i = 0; i < 40 && (await told()).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));
    const notices = await told();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toContain('문자 예산을 다 써서 신청자에게 문자를 보내지 못했습니다');
    expect(notices[0]!.link).toBe(`/organizations/${saha}#texts`);
    expect((await f.yeonje.gql(NOTIFICATIONS, {})).data!.notifications.items.filter((n) => n.kind === 'TEXTS_NOT_SENT')).toEqual([]);
  });
});
