// Browser tests of Link's mentors (issue 13): a coach assigned to a class from the suggestions and confirmed for them,
// a held session's hours logged and verified; the pool, the session and the mentor page at desktop and 390 px, axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launchBrowser, signIn, startServer } from './harness.mjs';

describe('mentors in a real browser', () => {
  let server;
  let chrome;
  before(async () => {
    server = await startServer();
    chrome = await launchBrowser();
  });
  after(async () => {
    await chrome?.close();
    await server?.stop();
  });

  const newPage = async (options = {}) => (await chrome.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', ...options })).newPage();

  test('a coach is assigned to a class session from the suggestions (with the reasons), confirmed for them; a held session’s hours are logged and verified', async () => {
    const staff = await newPage();
    await signIn(staff, server.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    // The home shows the mentor work: hours of the Digital Literacy Academy's last held session wait to be logged.
    await staff.getByRole('heading', { name: /^활동 시간 확인 대기 \([1-9]\d*\)/ }).waitFor();

    // A class in March 2027 with one session.
    await staff.goto(`${server.url}/programmes`);
    await staff.getByRole('button', { name: '새 프로그램' }).click();
    const form = staff.getByRole('dialog', { name: '새 프로그램' });
    await form.getByLabel(/^프로그램명\(한국어\)/).fill('멘토와 함께하는 스마트폰 교실');
    await form.getByLabel(/^정원/).fill('10');
    await form.getByLabel(/^시작일/).fill('2027. 03. 01.');
    await form.getByRole('button', { name: '만들기' }).click();
    await staff.getByRole('heading', { name: '멘토와 함께하는 스마트폰 교실', level: 1 }).waitFor();
    await staff.getByRole('button', { name: '매주 반복 회차 추가' }).click();
    const series = staff.getByRole('dialog', { name: '매주 반복 회차 추가' });
    await series.getByRole('checkbox', { name: '화' }).check();
    await series.getByLabel(/^첫 날짜/).fill('2027. 03. 02.');
    await series.getByLabel(/^횟수/).fill('1');
    await series.getByLabel(/^장소/).selectOption({ index: 1 });
    await series.getByRole('button', { name: '저장' }).click();
    await staff.getByText('1개 회차를 만들었습니다.').waitFor();

    // The week board of that week leads to the session's mentors.
    await staff.getByRole('link', { name: '멘토', exact: true }).click();
    await staff.getByRole('heading', { name: '멘토', level: 1 }).waitFor();
    await staff.getByRole('heading', { name: /^멘토 풀 \(\d+\)/ }).waitFor();
    assert.deepEqual(await axe(staff), [], 'mentors page');
    await staff.getByLabel(/^기준 주/).fill('2027. 03. 02.');
    await staff.getByText('멘토와 함께하는 스마트폰 교실').waitFor();
    await staff.getByRole('link', { name: '멘토 배치' }).first().click();
    await staff.getByRole('heading', { name: '회차 멘토 배치', level: 1 }).waitFor();
    await staff.getByText('아직 배치된 멘토가 없습니다.').waitFor();
    await staff.getByLabel('필요한 기술 (쉼표로 구분)').fill('생성형 AI');
    const best = staff.locator('[data-suggestion]').first();
    await best.getByText('기술 일치: 생성형 AI').waitFor();
    await best.getByText('그 요일 가능').waitFor();
    assert.deepEqual(await axe(staff), [], 'session mentors with suggestions');
    await best.getByRole('button', { name: /^배치:/ }).click();
    await staff.getByText('멘토를 배치했습니다. 멘토의 기관이 확정하면 알려 드립니다.').waitFor();
    const assigned = staff.locator('[data-assignment]').first();
    await assigned.getByText('응답 대기').waitFor();
    // Our organization holds the coach, so it replies for them.
    await assigned.getByRole('button', { name: /^확정:/ }).click();
    await staff.getByText('배치를 확정했습니다.').waitFor();
    await assigned.getByText('확정', { exact: true }).waitFor();
    // The coach's page lists the assignment.
    await assigned.getByRole('link').first().click();
    await staff.getByRole('heading', { name: /^배치 이력 \(\d+\)/ }).waitFor();
    await staff.getByText('멘토와 함께하는 스마트폰 교실').first().waitFor();
    assert.deepEqual(await axe(staff), [], 'mentor page');

    // The held session's hours: a number out of range is refused beside the field, then logged and verified.
    await staff.goto(`${server.url}/mentors`);
    const card = staff
      .locator('[data-assignment]')
      .filter({ hasText: '디지털 리터러시 아카데미' })
      .filter({ has: staff.getByRole('button', { name: '활동 시간 기록' }) })
      .first();
    const minutes = card.getByLabel(/^활동 시간\(분\)/);
    await minutes.fill('2000');
    await card.getByRole('button', { name: '활동 시간 기록' }).click();
    await card.getByText('0분부터 1440분 사이의 정수로 입력하세요.').waitFor();
    await minutes.fill('110');
    await card.getByRole('button', { name: '활동 시간 기록' }).click();
    await staff.getByText('활동 시간을 기록했습니다. 수업 운영기관이 확인하면 누적됩니다.').waitFor();
    await card.getByText('기록 110분').waitFor();
    await card.getByRole('button', { name: /^시간 확인:/ }).click();
    await staff.getByText('활동 시간을 확인했습니다.').waitFor();
  });

  test('on a phone the mentor pages fit the screen and pass axe', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, server.url, 'nam.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await phone.goto(`${server.url}/mentors`);
    await phone.getByRole('heading', { name: /^멘토 풀 \(\d+\)/ }).waitFor();
    await phone.waitForLoadState('networkidle');
    assert.equal(await overflow(), 0, '/mentors wider than the screen');
    assert.deepEqual(await axe(phone), [], 'mentors page (phone)');
    await phone.locator('.lal-stack tbody a').first().click();
    await phone.getByRole('heading', { name: /^배치 이력 \(\d+\)/ }).waitFor();
    await phone.waitForLoadState('networkidle');
    assert.equal(await overflow(), 0, 'a mentor page wider than the screen');
    assert.deepEqual(await axe(phone), [], 'mentor page (phone)');
  });
});
