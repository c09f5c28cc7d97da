// Browser tests of Link's referrals (issue 13): Saha-gu refers a citizen to the sample university with the separate
// consent to share (PIPA §17) captured on the form; the university sees exactly the shared items, accepts and enrols;
// Saha-gu sees the provision log and withdraws the consent. Desktop and 390 px, axe on every state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launchBrowser, signIn, startServer } from './harness.mjs';

describe('referrals in a real browser', () => {
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

  test('a referral with consent from Saha-gu is accepted and enrolled by the university, which sees exactly the shared items; the sender sees each provision and withdraws the consent', async () => {
    const saha = await newPage();
    await signIn(saha, server.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await saha.getByRole('link', { name: '기관 연계', exact: true }).click();
    await saha.getByRole('heading', { name: '기관 연계', level: 1 }).waitFor();
    await saha.getByRole('link', { name: '연계 의뢰' }).click();
    await saha.getByRole('heading', { name: '기관 연계 의뢰', level: 1 }).waitFor();
    const person = saha
      .getByRole('radiogroup', { name: /연계할 참여자/ })
      .getByRole('radio')
      .first();
    await person.waitFor();
    const personLabel = await person.evaluate((el) => el.closest('.mantine-Radio-root')?.textContent ?? '');
    const key = /\(([A-Z0-9]{8})/.exec(personLabel)?.[1];
    assert.ok(key, `a pseudonymous key in "${personLabel}"`);
    await person.check();
    await saha.getByLabel(/^받는 기관/).selectOption({ label: '예시대학교 (샘플)' });
    await saha.getByLabel(/^연계 프로그램/).selectOption({ label: '대학 연계 AI 창업 아카데미 (샘플)' });
    await saha.getByLabel(/^연계 사유/).selectOption({ label: '창업 지원' });
    await saha.getByLabel(/^의뢰 내용/).fill('창업 아카데미 참여를 희망합니다.');
    // The consent is separate, and the notice read to the citizen names recipient, purpose, items, period and refusal.
    await saha.getByLabel('참여자가 받는 기관에 개인정보를 제공하는 데 동의했습니다.').check();
    await saha.getByRole('checkbox', { name: '전화번호' }).uncheck();
    await saha.getByText(/제공받는 자: 예시대학교 \(샘플\) \/ 이용 목적: 연계 프로그램 안내와 수강 등록 \/ 제공 항목: 이름 \/ 보유·이용 기간: .*까지\. 동의를 거부할 권리가 있으며/).waitFor();
    assert.deepEqual(await axe(saha), [], 'referral form with the consent');
    await saha.getByRole('button', { name: '연계 의뢰하기' }).click();
    await saha
      .getByLabel(/동의를 거부할 수 있으며 거부할 때의 결과를 알렸습니다/)
      .locator('xpath=ancestor::div[contains(@class,"mantine-Checkbox-root")]')
      .getByText('필수 입력 항목입니다.')
      .waitFor();
    await saha.getByLabel(/동의를 거부할 수 있으며 거부할 때의 결과를 알렸습니다/).check();
    await saha.getByRole('button', { name: '연계 의뢰하기' }).click();
    await saha.getByText('연계를 의뢰했습니다. 받는 기관이 접수하면 상태가 바뀝니다.').waitFor();
    await saha.getByRole('heading', { name: `창업 지원 · ${key}`, level: 1 }).waitFor();
    const referralUrl = saha.url();

    // The university: the inbox on its home, exactly the name, nothing else; accept; enrol into its academy.
    const univ = await newPage();
    await signIn(univ, server.url, 'univ.staff@lalaland.test');
    await univ.waitForURL(/\/home/);
    await univ.getByRole('heading', { name: /^받은 연계 대기 \([1-9]\d*\)/ }).waitFor();
    await univ.goto(referralUrl);
    await univ.getByRole('heading', { name: `창업 지원 · ${key}`, level: 1 }).waitFor();
    const shared = univ.getByRole('region', { name: '제공받은 개인정보' });
    await shared.getByText('이름', { exact: true }).waitFor();
    assert.equal(await shared.getByText('전화번호', { exact: true }).count(), 0, 'the phone was not consented');
    assert.deepEqual(await axe(univ), [], 'referral (recipient)');
    await univ.getByRole('button', { name: '접수' }).click();
    await univ.getByText('연계를 접수했습니다. 참여자를 프로그램에 등록할 수 있습니다.').waitFor();
    await univ.getByRole('button', { name: '프로그램에 등록' }).click();
    const enrol = univ.getByRole('dialog', { name: '연계된 참여자 등록' });
    await enrol.getByLabel(/^등록할 프로그램/).selectOption({ label: '대학 연계 AI 창업 아카데미 (샘플)' });
    await enrol.getByRole('button', { name: '프로그램에 등록' }).click();
    await univ.getByText('참여자를 프로그램에 등록했습니다.').waitFor();
    await univ.getByText('참여 중', { exact: true }).first().waitFor();

    // Saha-gu sees the provisions (the university read the name), then the citizen withdraws the consent.
    await saha.reload();
    await saha.getByRole('heading', { name: /^제공 기록 \([1-9]\d*\)/ }).waitFor();
    await saha
      .getByText(/예시대학교 \(샘플\) · 이름$/)
      .first()
      .waitFor();
    await saha.getByRole('button', { name: '제공 동의 철회' }).click();
    const confirm = saha.getByRole('dialog', { name: '개인정보 제공 동의를 철회할까요?' });
    await confirm.getByText(/지금부터 예시대학교 \(샘플\)는 이 참여자의 개인정보를 볼 수 없습니다/).waitFor();
    await confirm.getByRole('button', { name: '제공 동의 철회' }).click();
    await saha.getByText('제공 동의를 철회했습니다. 받는 기관은 더 이상 개인정보를 볼 수 없습니다.').waitFor();
    await univ.reload();
    await univ.getByText('제공받은 개인정보가 없습니다. 식별번호와 연계 사유만 볼 수 있습니다.').waitFor();
  });

  test('on a phone the referral pages fit the screen and pass axe', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, server.url, 'univ.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const path of ['/referrals', '/referrals/new']) {
      await phone.goto(server.url + path);
      await phone.locator('main h1').first().waitFor();
      await phone.waitForLoadState('networkidle');
      assert.equal(await overflow(), 0, `${path} wider than the screen`);
      assert.deepEqual(await axe(phone), [], `${path} (phone)`);
    }
    await phone.goto(`${server.url}/referrals`);
    await phone.locator('main a[href^="/referrals/"]').filter({ hasNotText: '연계 의뢰' }).first().click();
    await phone.getByRole('heading', { name: '제공 동의', level: 2 }).waitFor();
    await phone.waitForLoadState('networkidle');
    assert.equal(await overflow(), 0, 'a referral wider than the screen');
    assert.deepEqual(await axe(phone), [], 'referral (phone)');
  });
});
