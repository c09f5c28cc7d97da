// Browser tests of what Korean privacy law asks of the platform: a second factor for those who handle personal data,
// reasons for bulk downloads and the monthly access-log review.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as OTPAuth from 'otpauth';
import { axe, browserSession, gql, ok, signIn } from './harness.mjs';

describe('personal data in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;

  test('the privacy officer sets the bulk threshold; a roster over it is downloaded only with a reason, which the monthly review shows; an ended month is signed', async () => {
    const officer = await newPage();
    await signIn(officer, app.url, 'nam.admin@lalaland.test');
    await officer.waitForURL(/\/home/);
    await officer.getByRole('link', { name: '접속기록 점검' }).click();
    await officer.getByRole('heading', { name: '개인정보 접속기록 점검', level: 1 }).waitFor();
    await officer.getByRole('textbox', { name: '기준 인원' }).fill('1');
    await officer.getByRole('button', { name: '기준 저장' }).click();
    await officer.getByText('대량 내려받기 기준을 1명으로 정했습니다.').waitFor();

    const staff = await newPage();
    await signIn(staff, app.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.goto(`${app.url}/programmes`);
    await staff.getByRole('link', { name: /AI·온라인 수업 지원 봉사단/ }).click();
    await staff.getByRole('button', { name: 'CSV로 내려받기' }).click();
    const dialog = staff.getByRole('dialog', { name: '내려받는 사유' });
    await dialog.getByText(/명의 개인정보가 담긴 파일입니다\. 기관이 정한 1명을 넘으니 사유를 적으세요/).waitFor();
    await dialog.getByRole('button', { name: '사유를 남기고 내려받기' }).click();
    await dialog.getByText('필수 입력 항목입니다.').waitFor();
    assert.deepEqual(await axe(staff), [], 'the reason dialog');
    await dialog.getByLabel(/^사유/).fill('수료 안내 문자 발송 대상 확인');
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      dialog.getByRole('button', { name: '사유를 남기고 내려받기' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);

    // This month's review: the download with its reason, flagged; the month cannot be signed before it ends.
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'nam.admin@lalaland.test');
    await phone.waitForURL(/\/home/);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit' }).format(new Date());
    await phone.goto(`${app.url}/privacy-review?month=${month}`);
    const downloads = phone.getByRole('region', { name: '내려받기 기록' });
    await downloads.getByText('수료 안내 문자 발송 대상 확인').waitFor();
    await downloads.getByText('명단 파일 (CSV)').waitFor();
    await phone.getByRole('region', { name: '살펴볼 점' }).getByText('대량 내려받기').waitFor();
    await phone.getByText('이 달은 아직 끝나지 않았습니다. 달이 끝난 뒤 서명할 수 있습니다.').waitFor();
    assert.deepEqual(await axe(phone), [], 'the review on a phone');
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');

    // Last month is signed with the officer's findings, after a confirmation; then it reads as signed.
    await officer.getByLabel('점검할 달').selectOption({ index: 1 });
    await officer.getByRole('button', { name: '서명하기' }).click();
    await officer.getByText('필수 입력 항목입니다.').waitFor();
    await officer.getByLabel(/^점검 의견/).fill('특이사항 없음. 대량 내려받기 사유 확인함.');
    await officer.getByRole('button', { name: '서명하기' }).click();
    await officer
      .getByRole('dialog', { name: /점검에 서명할까요\?/ })
      .getByRole('button', { name: '서명하기' })
      .click();
    await officer.getByText(/점검에 서명했습니다\./).waitFor();
    await officer.getByText(/이남구 서명 ·/).waitFor();
    assert.deepEqual(await axe(officer), [], 'a signed review');
  });

  test("destruction: a person whose consent was withdrawn is in tonight's dry run; the officer destroys now after a confirmation; the register lists it and downloads", async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    const { registerParticipant: person } = ok(
      await gql(staff, 'mutation($i: RegisterParticipantInput!) { registerParticipant(input: $i) { id pseudonymKey consents { id } } }', {
        i: {
          name: '파기브라우저',
          birthYear: 1955,
          phone: '010-5151-7272',
          consent: { given: true, items: ['NAME', 'PHONE', 'BIRTH_YEAR'], retentionUntil: '2030-12-31' },
        },
      }),
    );
    ok(await gql(staff, 'mutation($id: ID!) { withdrawConsent(id: $id) { id } }', { id: person.consents[0].id }));

    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'nam.admin@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${app.url}/destruction`);
    const due = phone.getByRole('region', { name: /오늘 밤 파기 예정/ });
    await due.getByText(person.pseudonymKey).waitFor();
    assert.deepEqual(await axe(phone), [], 'the dry run on a phone');
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
    await due.getByRole('button', { name: '지금 파기' }).click();
    const dialog = phone.getByRole('dialog', { name: /명의 개인정보를 지금 파기할까요\?/ });
    await dialog.getByText(/되살릴 수 없습니다/).waitFor();
    await dialog.getByRole('button', { name: '지금 파기' }).click();
    await phone.getByText(/명의 개인정보를 파기했습니다\./).waitFor();
    const register = phone.getByRole('region', { name: /파기 대장/ });
    await register.getByText(person.pseudonymKey).waitFor();
    await register
      .getByText(/이름 1건, 휴대전화 1건/)
      .first()
      .waitFor();
    await phone.getByText('오늘 밤 파기할 개인정보가 없습니다.').waitFor();
    assert.deepEqual(await axe(phone), [], 'the register on a phone');
    const [download] = await Promise.all([
      phone.waitForEvent('download'),
      register.getByRole('link', { name: '파기 대장 내려받기 (CSV)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    // The person's record keeps its key and its counts; the name is gone.
    const { participant } = ok(
      await gql(staff, 'query($id: ID!) { participant(id: $id) { pseudonymKey destroyedAt } }', { id: person.id }),
    );
    assert.ok(participant.destroyedAt, 'marked destroyed');
  });

  test('the privacy policy: linked from the sign-in page, read on a phone, naming the officer an admin sets by position', async () => {
    const admin = await newPage();
    await signIn(admin, app.url, 'nam.admin@lalaland.test');
    await admin.waitForURL(/\/home/);
    await admin.goto(`${app.url}/privacy-review`);
    const officer = admin.getByRole('form', { name: '개인정보 보호책임자' });
    await officer.getByRole('button', { name: '보호책임자 저장' }).click();
    await officer.getByText('필수 입력 항목입니다.').first().waitFor();
    await officer.getByLabel(/^직책/).fill('평생학습과장');
    await officer.getByLabel(/^연락처/).fill('051-607-4000');
    await officer.getByRole('button', { name: '보호책임자 저장' }).click();
    await admin.getByText('보호책임자를 저장했습니다. 처리방침에 바로 보입니다.').waitFor();

    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${app.url}/`);
    await phone.getByRole('link', { name: '개인정보 처리방침' }).click();
    await phone.getByRole('heading', { name: '개인정보 처리방침', level: 1 }).waitFor();
    await phone.getByRole('heading', { name: /평생학습 프로그램 운영/ }).waitFor();
    await phone.getByRole('row', { name: /부산광역시 남구 평생학습과장 051-607-4000/ }).waitFor();
    assert.deepEqual(await axe(phone), [], 'the policy on a phone');
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
    const small = await phone.evaluate(() =>
      [...document.querySelectorAll('a')]
        .filter((a) => a.getBoundingClientRect().height > 0 && a.getBoundingClientRect().height < 44)
        .map((a) => a.textContent),
    );
    assert.deepEqual(small, [], 'every link is a 44 px target');
  });

  // Last in this file: it makes Nam-gu require a second factor of its staff and admins.
  test('Nam-gu requires a second factor: its staff enrol a passkey and sign in with it, its admin an authenticator app on a phone, and a lost factor is reset', async () => {
    // Passkeys belong to the portal's origin (PUBLIC_URL, http://localhost:<port>): the browser uses that name.
    const url = app.url.replace('127.0.0.1', 'localhost');
    const admin = await newPage();
    await signIn(admin, url, 'nam.admin@lalaland.test');
    await admin.waitForURL(/\/home/);
    const { me } = ok(await gql(admin, '{ me { activeOrganization { id } } }'));
    await admin.goto(`${url}/organizations/${me.activeOrganization.id}`);
    await admin.getByRole('switch', { name: '개인정보 취급자 추가 인증 의무' }).click();
    await admin.getByText('추가 인증을 의무로 정했습니다. 구성원은 다음 로그인 때 등록합니다.').waitFor();
    assert.deepEqual(await axe(admin), [], 'members with the second-factor setting');

    // The staff member enrols a passkey (Chromium's virtual authenticator stands in for the phone's screen lock).
    const staff = await newPage();
    const cdp = await staff.context().newCDPSession(staff);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await signIn(staff, url, 'nam.staff@lalaland.test');
    await staff.getByRole('heading', { name: '추가 인증 수단 등록' }).waitFor();
    assert.deepEqual(await axe(staff), [], 'the enrolment step');
    await staff.getByRole('button', { name: /패스키 등록/ }).click();
    const codes = staff.getByRole('list', { name: '복구 코드' });
    await codes.waitFor();
    assert.equal(await codes.getByRole('listitem').count(), 10);
    assert.deepEqual(await axe(staff), [], 'the recovery codes');
    await staff.getByRole('button', { name: '복구 코드를 적어 두었습니다. 계속' }).click();
    await staff.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();
    // Next time: the password, then the passkey.
    ok(await gql(staff, 'mutation { signOut }'));
    await signIn(staff, url, 'nam.staff@lalaland.test');
    await staff.getByRole('heading', { name: '추가 인증' }).waitFor();
    await staff.getByRole('button', { name: '패스키로 인증' }).click();
    await staff.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();

    // The admin, on a phone, with an authenticator app: the QR code's key typed in, a wrong code explained, then the right one.
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, url, 'nam.admin@lalaland.test');
    await phone.getByRole('button', { name: /인증 앱 등록/ }).click();
    await phone.getByRole('img', { name: '인증 앱에 등록할 QR 코드' }).waitFor();
    const secret = await phone.locator('[data-secret]').textContent();
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });
    await phone.getByLabel(/인증 앱에 나온 6자리 코드/).fill(totp.generate({ timestamp: Date.now() - 600_000 }));
    await phone.getByRole('button', { name: '확인' }).click();
    await phone.getByRole('alert').filter({ hasText: '인증 코드가 맞지 않습니다.' }).waitFor();
    assert.deepEqual(await axe(phone), [], 'the app step on a phone');
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
    await phone.getByLabel(/인증 앱에 나온 6자리 코드/).fill(totp.generate());
    await phone.getByRole('button', { name: '확인' }).click();
    await phone.getByRole('button', { name: '복구 코드를 적어 두었습니다. 계속' }).click();
    await phone.getByRole('heading', { name: '내 업무', level: 1 }).waitFor();

    // The staff member lost the phone: the admin resets it after a confirmation; the staff member's session has ended.
    await admin.reload();
    await admin
      .getByRole('row', { name: /박담당/ })
      .getByRole('button', { name: '추가 인증 초기화' })
      .click();
    const dialog = admin.getByRole('dialog', { name: '박담당님의 추가 인증을 초기화할까요?' });
    await dialog.getByText(/모든 기기에서 로그아웃됩니다/).waitFor();
    await dialog.getByRole('button', { name: '초기화' }).click();
    await admin.getByText('박담당님의 추가 인증을 초기화했습니다.').waitFor();
    await staff.reload();
    await staff.getByRole('heading', { name: '로그인' }).waitFor();
  });
});
