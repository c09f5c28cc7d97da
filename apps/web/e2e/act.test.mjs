// Browser tests of Act (issue 13), on one server: a partner's opening and the hire that becomes an outcome; a club with
// its generation mix; every Link and Act page at 390 px. Axe on every state. (Link: link.test.mjs.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn, fiscalYearNow } from './harness.mjs';

describe('Act, and Link and Act on a phone, in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;

  test('a partner posts a job, a district refers a citizen to it, the hire becomes the district’s employment outcome', async () => {
    const univ = await newPage();
    await signIn(univ, app.url, 'univ.staff@lalaland.test');
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
    await signIn(saha, app.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await saha.goto(`${app.url}/openings`);
    await saha.getByRole('link', { name: '참여자 연계: 대학 AI 교육 조교' }).click();
    await saha.getByRole('heading', { name: '새 연계 의뢰', level: 1 }).waitFor();
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

    await saha.goto(app.url + participantUrl);
    await saha.getByRole('heading', { name: /· 여정·성과$/, level: 1 }).waitFor();
    await saha.getByText('취업 · 시간제').first().waitFor();
  });

  test('a club is created, members of several generations join, hours are kept, and the figures show the generation mix', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.getByRole('link', { name: '주민 활동', exact: true }).click();
    await staff.getByRole('heading', { name: '주민 활동', level: 1 }).waitFor();
    assert.deepEqual(await axe(staff), [], 'activities');
    await staff.getByRole('button', { name: '새 활동' }).click();
    const form = staff.getByRole('dialog', { name: '새 활동' });
    await form.getByLabel(/^활동명/).fill('사하 스마트폰 나눔 동아리');
    await form.getByLabel(/^사업/).selectOption({ label: `내일을 꿈꾸는 LA-LA LAnd (${fiscalYearNow()})` });
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
    // Everyone's hours in one save: the same for all, then the exceptions; a typo is named beside its row.
    await staff.getByLabel('모두 같은 시간').fill('2');
    await staff.getByRole('button', { name: '모두에게 적용' }).click();
    const first = staff.getByLabel(/^활동 시간: /).first();
    await first.fill('3,55');
    await staff.getByText('0~10000 사이, 소수 한 자리까지').waitFor();
    assert.equal(await staff.getByRole('button', { name: /시간 저장$/ }).isDisabled(), true, 'no save with a typo');
    await first.fill('3.5');
    await staff.getByRole('button', { name: '바뀐 2명 시간 저장' }).click();
    await staff.getByText('2명의 활동 시간을 저장했습니다.').waitFor();
    await staff
      .getByText(/· 5\.5시간$/)
      .first()
      .waitFor();
    assert.deepEqual(await axe(staff), [], 'activity with members');
  });

  test('on a phone every Link and Act page fits the screen and passes axe', async () => {
    {
      // mentors
      const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await signIn(phone, app.url, 'nam.staff@lalaland.test');
      await phone.waitForURL(/\/home/);
      const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await phone.goto(`${app.url}/mentors`);
      await phone.getByRole('heading', { name: /^멘토 풀 \(\d+\)/ }).waitFor();
      await phone.waitForLoadState('networkidle');
      assert.equal(await overflow(), 0, '/mentors wider than the screen');
      assert.deepEqual(await axe(phone), [], 'mentors page (phone)');
      await phone.locator('.lal-stack tbody a').first().click();
      await phone.getByRole('heading', { name: /^배치 이력 \(\d+\)/ }).waitFor();
      await phone.waitForLoadState('networkidle');
      assert.equal(await overflow(), 0, 'a mentor page wider than the screen');
      assert.deepEqual(await axe(phone), [], 'mentor page (phone)');
    }
    {
      // referrals
      const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await signIn(phone, app.url, 'univ.staff@lalaland.test');
      await phone.waitForURL(/\/home/);
      const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      for (const path of ['/referrals', '/referrals/new']) {
        await phone.goto(app.url + path);
        await phone.locator('main h1').first().waitFor();
        await phone.waitForLoadState('networkidle');
        assert.equal(await overflow(), 0, `${path} wider than the screen`);
        assert.deepEqual(await axe(phone), [], `${path} (phone)`);
      }
      await phone.goto(`${app.url}/referrals`);
      await phone.locator('main a[href^="/referrals/"]').filter({ hasNotText: '새 연계 의뢰' }).first().click();
      await phone.getByRole('heading', { name: '제공 동의', level: 2 }).waitFor();
      await phone.waitForLoadState('networkidle');
      assert.equal(await overflow(), 0, 'a referral wider than the screen');
      assert.deepEqual(await axe(phone), [], 'referral (phone)');
    }
    {
      // outcomes
      const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await signIn(phone, app.url, 'saha.staff@lalaland.test');
      await phone.waitForURL(/\/home/);
      await phone.goto(`${app.url}/participants`);
      const href = await phone.locator('tbody a, [data-participant] a').first().getAttribute('href');
      await phone.goto(`${app.url}${href}/journey`);
      await phone.getByRole('heading', { name: /^여정 \(\d+\)/ }).waitFor();
      await phone.waitForLoadState('networkidle');
      assert.equal(
        await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        0,
        'journey wider than the screen',
      );
      assert.deepEqual(await axe(phone), [], 'journey (phone)');
    }
    {
      // openings
      const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await signIn(phone, app.url, 'saha.staff@lalaland.test');
      await phone.waitForURL(/\/home/);
      await phone.goto(`${app.url}/openings`);
      await phone.locator('[data-opening]').first().waitFor();
      await phone.waitForLoadState('networkidle');
      assert.equal(
        await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        0,
        'board wider than the screen',
      );
      assert.deepEqual(await axe(phone), [], 'openings (phone)');
    }
    {
      // activities
      const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await signIn(phone, app.url, 'yeonje.staff@lalaland.test');
      await phone.waitForURL(/\/home/);
      await phone.goto(`${app.url}/activities`);
      await phone.getByRole('link', { name: '전세대 디지털 챌린지 (샘플)' }).click();
      await phone.getByRole('heading', { name: '전세대 디지털 챌린지 (샘플)', level: 1 }).waitFor();
      await phone.getByText(/^세대 혼합 지수 0\.\d\d$/).waitFor();
      await phone.waitForLoadState('networkidle');
      assert.equal(
        await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        0,
        'activity wider than the screen',
      );
      assert.deepEqual(await axe(phone), [], 'activity (phone)');
    }
  });
});
