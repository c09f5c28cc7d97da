// Browser tests of openings (issue 13): the university posts a job; Saha-gu refers a completer to it from the board
// (the consent captured on the referral); the university accepts and records the hire, which becomes Saha-gu's
// employment outcome on the person's journey. Desktop and 390 px, axe on every state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launchBrowser, signIn, startServer } from './harness.mjs';

describe('openings in a real browser', () => {
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

  test('a partner posts a job, a district refers a citizen to it, the hire becomes the district’s employment outcome', async () => {
    const univ = await newPage();
    await signIn(univ, server.url, 'univ.staff@lalaland.test');
    await univ.waitForURL(/\/home/);
    await univ.getByRole('link', { name: '일자리·기회', exact: true }).click();
    await univ.getByRole('heading', { name: '일자리·기회', level: 1 }).waitFor();
    await univ.getByRole('button', { name: '공고 올리기' }).click();
    const form = univ.getByRole('dialog', { name: '공고 올리기' });
    await form.getByLabel(/^공고명/).fill('대학 AI 교육 조교');
    await form.getByLabel(/^채용 시 고용 형태/).selectOption({ label: '시간제' });
    await form.getByLabel(/^마감일/).fill('2099. 12. 31.');
    await form.getByRole('button', { name: '저장' }).click();
    await univ.getByText('공고를 저장했습니다.').waitFor();
    assert.deepEqual(await axe(univ), [], 'openings board (partner)');

    const saha = await newPage();
    await signIn(saha, server.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await saha.goto(`${server.url}/openings`);
    await saha.getByRole('link', { name: '참여자 연계: 대학 AI 교육 조교' }).click();
    await saha.getByRole('heading', { name: '기관 연계 의뢰', level: 1 }).waitFor();
    await saha.getByText('공고를 올린 기관으로 연계됩니다.').waitFor();
    const person = saha
      .getByRole('radiogroup', { name: /연계할 참여자/ })
      .getByRole('radio')
      .first();
    await person.check();
    const participantUrl = `/participants/${await person.inputValue()}/journey`;
    await saha.getByLabel('참여자가 받는 기관에 개인정보를 제공하는 데 동의했습니다.').check();
    await saha.getByLabel(/동의를 거부할 수 있으며 거부할 때의 결과를 알렸습니다/).check();
    await saha.getByRole('button', { name: '연계 의뢰하기' }).click();
    await saha.getByText('연계를 의뢰했습니다. 받는 기관이 접수하면 상태가 바뀝니다.').waitFor();
    const referral = saha.url();

    await univ.goto(referral);
    await univ.getByText('대학 AI 교육 조교').waitFor();
    await univ.getByRole('button', { name: '접수' }).click();
    await univ.getByText('연계를 접수했습니다. 참여자를 프로그램에 등록할 수 있습니다.').waitFor();
    await univ.getByRole('button', { name: '채용 확정' }).click();
    const confirm = univ.getByRole('dialog', { name: '채용을 확정할까요?' });
    await confirm.getByRole('button', { name: '채용 확정' }).click();
    await univ.getByText('채용을 기록했습니다. 의뢰 기관의 성과에 취업이 추가되었습니다.').waitFor();
    await univ.getByText('종결', { exact: true }).first().waitFor();

    await saha.goto(server.url + participantUrl);
    await saha.getByRole('heading', { name: /· 여정·성과$/, level: 1 }).waitFor();
    await saha.getByText('취업 · 시간제').waitFor();
  });

  test('on a phone the board fits the screen and passes axe', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, server.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${server.url}/openings`);
    await phone.locator('[data-opening]').first().waitFor();
    await phone.waitForLoadState('networkidle');
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'board wider than the screen');
    assert.deepEqual(await axe(phone), [], 'openings (phone)');
  });
});
