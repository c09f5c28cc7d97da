// Browser tests of Act (issue 13): a learning club created, its members added with their generation, hours kept; the
// figures (people, hours, generation mix) for everyone who sees it. Desktop and 390 px, axe on every state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launchBrowser, signIn, startServer } from './harness.mjs';

describe('activities in a real browser', () => {
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

  test('a club is created, members of several generations join, hours are kept, and the figures show the generation mix', async () => {
    const staff = await newPage();
    await signIn(staff, server.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.getByRole('link', { name: '주민 활동', exact: true }).click();
    await staff.getByRole('heading', { name: '주민 활동', level: 1 }).waitFor();
    assert.deepEqual(await axe(staff), [], 'activities');
    await staff.getByRole('button', { name: '새 활동' }).click();
    const form = staff.getByRole('dialog', { name: '새 활동' });
    await form.getByLabel(/^활동명/).fill('사하 스마트폰 나눔 동아리');
    await form.getByLabel(/^사업/).selectOption({ label: '내일을 꿈꾸는 LA-LA LAnd' });
    await form.getByLabel(/^명단 없이 참여한 인원/).fill('4');
    await form.getByRole('button', { name: '저장' }).click();
    await staff.getByRole('heading', { name: '사하 스마트폰 나눔 동아리', level: 1 }).waitFor();
    await staff.getByText('활동을 저장했습니다.').waitFor();
    await staff.getByText('등록된 참여자가 없습니다.').waitFor();

    // Members found by search, added together; each one's generation is taken at joining.
    const pick = staff.getByRole('group', { name: '추가할 참여자' });
    for (const family of ['김', '이']) {
      await staff.getByLabel(/^참여자 검색/).fill(family);
      await pick
        .getByRole('checkbox', { name: new RegExp(`^${family}`) })
        .first()
        .check();
    }
    await staff.getByRole('button', { name: '참여자 추가' }).click();
    await staff.getByText('2명을 추가했습니다.').waitFor();
    await staff.getByRole('heading', { name: '참여자 (2)' }).waitFor();
    await staff.getByText('참여 6명').first().waitFor(); // 2 registered + 4 counted at the door
    const first = staff.getByLabel(/^활동 시간: /).first();
    await first.fill('3.5');
    await staff
      .getByRole('button', { name: /^시간 저장: / })
      .first()
      .click();
    await staff.getByText('활동 시간을 저장했습니다.').waitFor();
    await staff
      .getByText(/· 3\.5시간$/)
      .first()
      .waitFor();
    assert.deepEqual(await axe(staff), [], 'activity with members');
  });

  test('on a phone the activities fit the screen and pass axe', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, server.url, 'yeonje.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${server.url}/activities`);
    await phone.getByRole('link', { name: '전세대 디지털 챌린지 (샘플)' }).click();
    await phone.getByRole('heading', { name: '전세대 디지털 챌린지 (샘플)', level: 1 }).waitFor();
    await phone.getByText(/^세대 혼합 지수 0\.\d\d$/).waitFor();
    await phone.waitForLoadState('networkidle');
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'activity wider than the screen');
    assert.deepEqual(await axe(phone), [], 'activity (phone)');
  });
});
