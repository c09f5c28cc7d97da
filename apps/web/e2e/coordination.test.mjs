// Browser tests of coordination (issue 14), on one server: the lead asks Saha-gu for a task; Saha is told live (the
// bell and a notice, no reload), ticks the checklist and completes it; the lead, still on the task, sees it done live.
// Axe on every state; the pages at 390 px without horizontal overflow.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launchBrowser, signIn, startServer } from './harness.mjs';

describe('coordination in a real browser', () => {
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

  test('a task asked of Saha-gu reaches Saha live, is completed there, and the lead sees it done live', async () => {
    const saha = await newPage();
    await signIn(saha, server.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await saha.getByRole('heading', { name: /^우리 기관이 할 일 \d+건/ }).waitFor();
    assert.deepEqual(await axe(saha), [], 'home with the task and notification cards');

    const lead = await newPage();
    await signIn(lead, server.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    await lead.getByRole('link', { name: '업무 요청', exact: true }).click();
    await lead.getByRole('heading', { name: '업무 요청', level: 1 }).waitFor();
    await lead.getByText('조건에 맞는 업무가 없습니다.').waitFor();
    await lead.getByRole('button', { name: '업무 요청하기' }).click();
    const form = lead.getByRole('dialog', { name: '업무 요청하기' });
    await form.getByLabel(/^업무 제목/).fill('3분기 프로그램 실적 제출');
    await form.getByLabel('사업').selectOption({ label: '내일을 꿈꾸는 LA-LA LAnd' });
    await form.getByLabel('배정할 기관').selectOption({ label: '부산광역시 사하구' });
    await form.getByLabel(/^마감일/).fill('2027. 01. 15.');
    await form.getByLabel('체크리스트').fill('출석부 스캔 첨부\n만족도 결과 요약');
    assert.deepEqual(await axe(lead), [], 'task form');
    await form.getByRole('button', { name: '저장' }).click();
    await lead.getByRole('heading', { name: '3분기 프로그램 실적 제출', level: 1 }).waitFor();
    await lead.getByText('업무를 저장했습니다. 배정받은 기관에 알렸습니다.').waitFor();
    assert.deepEqual(await axe(lead), [], 'task page (asker)');

    // Saha, without reloading: the bell counts it and a notice offers to open it.
    await saha.getByRole('link', { name: /^알림, 읽지 않은 알림 [1-9]\d*건/ }).waitFor({ timeout: 15_000 });
    await saha.getByText('새 알림: 부산광역시: 새 업무 「3분기 프로그램 실적 제출」').waitFor();
    await saha.getByRole('button', { name: '열기' }).click();
    await saha.getByRole('heading', { name: '3분기 프로그램 실적 제출', level: 1 }).waitFor();
    assert.equal(await saha.getByRole('button', { name: '완료' }).count(), 0, 'the checklist comes first');
    assert.equal(await saha.getByRole('button', { name: '요청 취소' }).count(), 0, 'only the asker cancels');
    await saha.getByRole('button', { name: '진행 시작' }).click();
    await saha.getByText('업무 상태를 "진행 중"(으)로 바꿨습니다.').waitFor();
    await saha.getByRole('checkbox', { name: '출석부 스캔 첨부' }).check();
    await saha.getByRole('checkbox', { name: '만족도 결과 요약' }).check();
    await saha.getByText('2/2 완료').waitFor();
    assert.deepEqual(await axe(saha), [], 'task page (assignee)');
    await saha.getByRole('button', { name: '완료', exact: true }).click();
    await saha.getByText('업무 상태를 "완료"(으)로 바꿨습니다.').waitFor();

    // The lead, still on the task page: told live, and the page shows it done.
    await lead.getByText('새 알림: 부산광역시 사하구에서 「3분기 프로그램 실적 제출」 업무를 완료했습니다').waitFor({ timeout: 15_000 });
    await lead.getByText('완료', { exact: true }).first().waitFor();
    await lead.getByRole('link', { name: /^알림/ }).first().click();
    await lead.getByRole('heading', { name: '알림', level: 1 }).waitFor();
    await lead.getByRole('link', { name: '부산광역시 사하구에서 「3분기 프로그램 실적 제출」 업무를 완료했습니다' }).waitFor();
    assert.deepEqual(await axe(lead), [], 'notifications page');
    // E-mail settings: a choice is saved at once.
    await lead.getByLabel('업무 완료 · 메일').selectOption({ label: '받지 않음' });
    await lead.getByText('메일 받기 설정을 저장했습니다.').waitFor();
    await lead.getByRole('button', { name: '모두 읽음으로 표시' }).click();
    await lead.getByText('모든 알림을 읽음으로 표시했습니다.').waitFor();
    await lead.getByRole('link', { name: '알림', exact: true }).waitFor();

    // The lead's stream view: tasks by organization.
    await lead.goto(`${server.url}/tasks?view=STREAM&status=ALL`);
    await lead.getByRole('table', { name: /^기관별 업무 현황/ }).waitFor();
    await lead.getByText('3분기 프로그램 실적 제출').waitFor();
    assert.deepEqual(await axe(lead), [], 'tasks of the stream');
  });

  test('at 390 px: the header with the bell, the tasks, a task and the notifications fit the screen', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, server.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const path of ['/home', '/tasks', '/notifications']) {
      await phone.goto(`${server.url}${path}`);
      await phone.getByRole('heading', { level: 1 }).first().waitFor();
      await phone.getByRole('link', { name: /^알림/ }).first().waitFor();
      await phone.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
      assert.equal(await overflow(), 0, `${path} wider than the screen`);
      assert.deepEqual(await axe(phone), [], `${path} at 390 px`);
    }
    await phone.goto(`${server.url}/tasks?status=ALL`);
    await phone.getByRole('link', { name: '3분기 프로그램 실적 제출' }).click();
    await phone.getByRole('heading', { name: '3분기 프로그램 실적 제출', level: 1 }).waitFor();
    assert.equal(await overflow(), 0, 'a task wider than the screen');
  });
});
