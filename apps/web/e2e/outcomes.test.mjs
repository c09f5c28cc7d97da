// Browser tests of Link's outcomes (issue 13): from the home's due follow-ups to a person's journey; an outcome recorded
// (its kind's fields checked beside them) and a follow-up closed. Desktop and 390 px, axe on every state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launchBrowser, signIn, startServer } from './harness.mjs';

describe('outcomes in a real browser', () => {
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

  test('from the due follow-ups to the journey: an outcome is recorded and a follow-up closed', async () => {
    const staff = await newPage();
    await signIn(staff, server.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    const card = staff
      .locator('div')
      .filter({ has: staff.getByRole('heading', { name: /^추적 조사 예정 \([1-9]\d*\)/ }) })
      .last();
    await card.getByRole('link').first().click();
    await staff.getByRole('heading', { name: /· 여정·성과$/, level: 1 }).waitFor();
    await staff.getByRole('heading', { name: /^여정 \([1-9]\d*\)/ }).waitFor();
    await staff
      .getByText(/ · 수강$/)
      .first()
      .waitFor();
    assert.deepEqual(await axe(staff), [], 'journey page');

    // An outcome: verified needs its evidence, named beside the field.
    await staff.getByRole('button', { name: '성과 기록' }).click();
    const form = staff.getByRole('dialog', { name: '성과 기록' });
    await form.getByLabel(/^고용 형태/).selectOption({ label: '시간제' });
    await form.getByLabel(/^확인 방법/).selectOption({ label: '증빙 확인' });
    await form.getByRole('button', { name: '성과 기록' }).click();
    await form.getByText('증빙 확인이면 무엇으로 확인했는지 적으세요.').waitFor();
    assert.deepEqual(await axe(staff), [], 'outcome form with an error');
    await form.getByLabel(/^증빙/).fill('근로계약서 사본');
    await form.getByRole('checkbox').first().check();
    await form.getByRole('button', { name: '성과 기록' }).click();
    await staff.getByText('성과를 기록했습니다.').waitFor();
    await staff.getByText('취업 · 시간제').waitFor();

    // A due follow-up, closed as done with a note.
    const pending = staff.locator('[data-follow-up]').filter({ hasText: '예정' }).first();
    await pending.getByRole('button', { name: /^처리:/ }).click();
    const close = staff.getByRole('dialog', { name: '추적 조사 처리' });
    await close.getByLabel(/^결과/).selectOption({ label: '완료' });
    await close.getByLabel(/^메모/).fill('전화로 근황 확인, 시간제 취업');
    await close.getByRole('button', { name: '처리' }).click();
    await staff.getByText('추적 조사를 처리했습니다.').waitFor();
    await staff.getByText(/전화로 근황 확인, 시간제 취업/).waitFor();
  });

  test('on a phone the journey fits the screen and passes axe', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, server.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${server.url}/participants`);
    const href = await phone.locator('tbody a, [data-participant] a').first().getAttribute('href');
    await phone.goto(`${server.url}${href}/journey`);
    await phone.getByRole('heading', { name: /^여정 \(\d+\)/ }).waitFor();
    await phone.waitForLoadState('networkidle');
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'journey wider than the screen');
    assert.deepEqual(await axe(phone), [], 'journey (phone)');
  });
});
