// Browser tests: real Chromium against the app as `npm start` serves it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn } from './harness.mjs';

describe('portal in a real browser', () => {
  const app = browserSession({
    fresh: true,
    onStart: (server) =>
      console.log(
        `# first page served ${(server.firstPageMs / 1000).toFixed(1)} s after starting the server (fresh data dir: initdb + migrations + seed)`,
      ),
  });
  const { newPage } = app;

  test('sign in, see the directory in Korean, switch to English, open an organization; axe finds nothing', async () => {
    const page = await newPage();
    await page.goto(app.url + '/');
    await page.getByRole('heading', { name: '로그인' }).waitFor();
    assert.deepEqual(await axe(page), [], 'sign-in page');

    await page.getByRole('button', { name: '로그인' }).click();
    await page.getByText('필수 입력 항목입니다.').first().waitFor();
    await page.getByLabel('이메일').fill('nam.staff@lalaland.test');
    await page.getByLabel(/^비밀번호/).fill('wrong-password');
    await page.getByRole('button', { name: '로그인' }).click();
    await page.getByText('이메일 또는 비밀번호가 올바르지 않습니다.').waitFor();

    await signIn(page, app.url, 'nam.staff@lalaland.test');
    // Staff land on the home of their work: this week's classes, their programmes, the latest enrolments.
    await page.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();
    // Cards with something waiting come first; the empty ones fold into one line that opens them.
    await page.getByRole('heading', { name: /^우리 기관 프로그램/ }).waitFor();
    await page.getByText(/^기다리는 일 없음: .*오늘·이번 주 수업/).waitFor();
    await page.getByRole('button', { name: '펼쳐 보기' }).click();
    await page.getByRole('heading', { name: /^오늘 수업/ }).waitFor();
    await page.getByRole('heading', { name: '최근 수강 신청' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: /^지출 승인 요청/ }).count(), 0, 'staff have no approvals to make');
    assert.deepEqual(await axe(page), [], 'home (staff)');
    await page.getByRole('link', { name: '기관 디렉터리' }).click();
    await page.getByRole('heading', { name: '기관 디렉터리' }).waitFor();
    await page.getByRole('link', { name: '부산광역시 남구' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    assert.deepEqual(await axe(page), [], 'directory (ko)');

    await page.getByLabel('기관명 검색').fill('연제');
    await page.getByRole('link', { name: '부산광역시 연제구' }).waitFor();
    await page.getByLabel('기관명 검색').fill('존재하지않는기관');
    await page.getByText('조건에 맞는 기관이 없습니다.').waitFor();
    await page.getByLabel('기관명 검색').fill('');

    await page.getByText('English', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Organizations' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(await axe(page), [], 'directory (en)');

    await page.getByRole('link', { name: 'Nam-gu, Busan' }).click();
    await page.getByRole('heading', { name: 'Nam-gu, Busan' }).waitFor();
    await page.getByRole('cell', { name: 'nam.admin@lalaland.test' }).waitFor();
    // Its text messages this month against the budget (texts past it are not sent, and its staff are told).
    await page.getByRole('heading', { name: 'Text messages' }).waitFor();
    await page.getByText(/texts sent of a monthly budget of [\d,]+$/).waitFor();
    assert.deepEqual(await axe(page), [], 'organization page (en)');
  });

  test('an org admin invites a member, who accepts the link and signs in', async () => {
    const page = await newPage();
    await signIn(page, app.url, 'nam.admin@lalaland.test');
    await page.getByRole('link', { name: '기관 디렉터리' }).click();
    await page.getByRole('link', { name: '부산광역시 남구' }).click();
    await page.getByRole('button', { name: '구성원 초대' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^이메일/).fill('new.mentor@example.kr');
    await dialog.getByRole('button', { name: '초대 링크 만들기' }).click();
    const link = await dialog.getByTestId('invite-link').inputValue();
    assert.match(link, /\/invitations\/[\w-]{20,}$/);
    await dialog.getByText('링크는 지금만 볼 수 있습니다(보안상 저장하지 않음).', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: '링크 복사' }).waitFor();
    assert.deepEqual(await axe(page), [], 'invite dialog');
    await dialog.getByRole('button', { name: '닫기' }).first().click();
    await page.getByText('new.mentor@example.kr').first().waitFor();
    // The admin reads the organization's audit trail in the portal: the invitation is there, by field name only.
    await page.reload();
    await page.getByRole('heading', { name: /^참여 사업 \(\d+\)/ }).waitFor();
    await page.getByRole('heading', { name: /^운영 프로그램 \(\d+\)/ }).waitFor();
    await page.getByRole('link', { name: '배움온플러스' }).first().waitFor();
    await page.getByRole('heading', { name: '감사 기록' }).waitFor();
    await page.getByRole('cell', { name: '구성원 · 초대' }).first().waitFor();
    // In words, not codes: every action and every changed field named in Korean (the shared glossary).
    await page.getByRole('cell', { name: '역할, 이메일' }).first().waitFor();
    const actions = await page.getByRole('table', { name: '감사 기록' }).locator('tbody td:nth-child(2)').allTextContents();
    assert.deepEqual(
      actions.filter((a) => !/^[^a-z]+ · [^a-z]+$/.test(a)),
      [],
      'actions in Korean',
    );
    assert.deepEqual(await axe(page), [], 'organization page with the audit log');

    const invitee = await newPage();
    await invitee.goto(link.replace(/^https?:\/\/[^/]+/, app.url));
    await invitee.getByText('부산광역시 남구에서 담당자(으)로 초대했습니다.').waitFor();
    assert.deepEqual(await axe(invitee), [], 'accept invitation page');
    await invitee.getByLabel(/^이름/).fill('새멘토');
    await invitee.getByLabel(/^새 비밀번호/).fill('mentorpass2025');
    await invitee.getByRole('button', { name: '초대 수락' }).click();
    await invitee.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();
    await invitee.getByText('새멘토 · 담당자').waitFor();

    // Someone who already has an account signs in on the invitation page, then accepts without a password.
    await page.getByRole('button', { name: '구성원 초대' }).click();
    await dialog.getByLabel(/^이메일/).fill('saha.staff@lalaland.test');
    await dialog.getByRole('button', { name: '초대 링크 만들기' }).click();
    const second = await dialog.getByTestId('invite-link').inputValue();
    const existing = await newPage();
    await existing.goto(second.replace(/^https?:\/\/[^/]+/, app.url));
    await existing.getByLabel(/^이름/).fill('윤사하');
    await existing.getByLabel(/^새 비밀번호/).fill('anything2025x');
    await existing.getByRole('button', { name: '초대 수락' }).click();
    await existing.getByText('초대받은 이메일의 계정으로 로그인한 뒤').waitFor();
    await existing.getByLabel(/^비밀번호/).fill('lalaland2025');
    await existing.getByRole('button', { name: '로그인' }).click();
    await existing.getByText('로그인한 계정으로 이 초대를 수락합니다.').waitFor();
    assert.deepEqual(await axe(existing), [], 'accept invitation while signed in');
    await existing.getByRole('button', { name: '초대 수락' }).click();
    await existing.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();
  });

  test('an org admin makes an API key on a phone, sees the token once, a machine uses it, and the admin revokes it', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, app.url, 'nam.admin@lalaland.test');
    await page.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();
    await page.goto(app.url + '/api-keys');
    await page.getByRole('heading', { name: 'API 키', level: 1 }).waitFor();
    await page.getByText('아직 만든 키가 없습니다.').waitFor();
    assert.deepEqual(await axe(page), [], 'API keys (empty, phone)');
    await page.getByRole('button', { name: '키 만들기' }).click();
    await page.getByText('용도를 입력하세요.').waitFor();
    await page.getByLabel(/^용도/).fill('남구 출석 연동');
    await page.getByRole('checkbox', { name: /참여자·신청·출석 관리/ }).check();
    await page.getByRole('button', { name: '키 만들기' }).click();
    const tokenField = page.getByTestId('api-key-token');
    await tokenField.waitFor();
    const token = await tokenField.inputValue();
    assert.match(token, /^lal_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(await axe(page), [], 'token shown once');
    await page.getByRole('button', { name: '저장했습니다' }).click();
    await page.getByRole('cell', { name: '남구 출석 연동' }).waitFor();
    assert.equal(await page.getByText(token.slice(12)).count(), 0, 'the list never shows the token');
    assert.equal(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      0,
      'the page fits the phone',
    );
    assert.deepEqual(await axe(page), [], 'API keys (list, phone)');

    // the district's system: a bearer header, no cookie
    const call = () =>
      fetch(app.url + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ programmes(limit: 1) { totalCount } }' }),
      });
    assert.equal((await call()).status, 200);

    await page.getByRole('button', { name: '폐기' }).click();
    await page.getByRole('dialog', { name: /폐기할까요/ }).waitFor();
    assert.deepEqual(await axe(page), [], 'revoke confirmation');
    await page.getByRole('dialog').getByRole('button', { name: '폐기' }).click();
    await page.getByText('키를 폐기했습니다.').waitFor();
    await page.getByText('폐기됨').waitFor();
    assert.equal((await call()).status, 401);
  });

  test('a platform admin runs a query in the bundled GraphQL playground', async () => {
    const page = await newPage();
    await signIn(page, app.url, 'admin@lalaland.test');
    await page.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'GraphQL 플레이그라운드' }).click();
    await page.getByRole('heading', { name: 'GraphQL 플레이그라운드' }).waitFor();
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // Monaco loads its editors and workers after the button appears: press Run until the answer shows (bounded).
    const answered = () =>
      page.evaluate(() => document.querySelector('.graphiql-response')?.textContent?.includes('admin@lalaland.test') ?? false);
    for (let i = 0; i < 30 && !(await answered()); i++) {
      await page.locator('.graphiql-execute-button').click();
      await page.waitForTimeout(1000);
    }
    assert.ok(await answered(), 'the playground shows the answer to the default query');
    // GraphiQL is third-party; the portal's own chrome around it must still be clean.
    assert.deepEqual(await axe(page, { exclude: ['.graphiql-container'] }), [], 'playground page');
  });

  test('the playground is not offered to staff, and the API refuses them introspection', async () => {
    const page = await newPage();
    await signIn(page, app.url, 'nam.staff@lalaland.test');
    await page.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'GraphQL 플레이그라운드' }).count(), 0);
    await page.goto(app.url + '/admin/graphql');
    await page.getByText('플랫폼 관리자만 사용할 수 있습니다.').waitFor();
  });
});
