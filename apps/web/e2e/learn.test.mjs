// Browser test of the learn pages: a programme with a weekly series, a participant registered with consent,
// enrolment, attendance taken in bulk on a phone, completion and the public certificate page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn } from './harness.mjs';

describe('learn in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;

  test('create a programme with a weekly series, register and enrol a participant, take attendance on a phone, see the completion and the certificate', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.getByRole('link', { name: '프로그램' }).click();
    await staff.getByRole('heading', { name: '프로그램', level: 1 }).waitFor();
    await staff.getByRole('link', { name: /디지털 마케팅 창업 과정/ }).waitFor();
    assert.deepEqual(await axe(staff), [], 'programme list');

    // A new programme: the form explains what is missing, then creates a draft.
    await staff.getByRole('button', { name: '새 프로그램' }).click();
    const form = staff.getByRole('dialog', { name: '새 프로그램' });
    await form.getByRole('button', { name: '만들기' }).click();
    await form.getByText('필수 입력 항목입니다.').first().waitFor();
    assert.deepEqual(await axe(staff), [], 'programme form with errors');
    await form.getByLabel(/^프로그램명\(한국어\)/).fill('브라우저 AI 입문');
    await form.getByLabel(/^정원/).fill('10');
    await form.getByLabel(/^시작일/).fill('2025-09-01');
    await form.getByRole('button', { name: '만들기' }).click();
    await staff.getByRole('heading', { name: '브라우저 AI 입문', level: 1 }).waitFor();
    await staff.getByText('프로그램을 만들었습니다(작성 중).').waitFor();

    // A weekly series on Mondays and Wednesdays, twice.
    await staff.getByRole('button', { name: '매주 반복 회차 추가' }).click();
    const series = staff.getByRole('dialog', { name: '매주 반복 회차 추가' });
    await series.getByRole('checkbox', { name: '월' }).check();
    await series.getByRole('checkbox', { name: '수' }).check();
    await series.getByLabel(/^횟수/).fill('2');
    await series.getByLabel(/^온라인 주소/).fill('https://meet.example.test/ai');
    assert.deepEqual(await axe(staff), [], 'series form');
    await series.getByRole('button', { name: '저장' }).click();
    await staff.getByText('2개 회차를 만들었습니다.').waitFor();
    await staff.getByRole('cell', { name: /2025\. 09\. 01\. \(월\) 10:00–12:00/ }).waitFor();
    await staff.getByRole('cell', { name: /2025\. 09\. 03\. \(수\) 10:00–12:00/ }).waitFor();
    // One occurrence moves to Friday.
    await staff.getByRole('button', { name: '회차 수정 (2회차)' }).click();
    const edit = staff.getByRole('dialog', { name: '회차 수정' });
    await edit.getByLabel(/^날짜/).fill('2025-09-05');
    assert.deepEqual(await axe(staff), [], 'session form');
    await edit.getByRole('button', { name: '저장' }).click();
    await staff.getByText('회차를 저장했습니다.').waitFor();
    await staff.getByRole('cell', { name: /2025\. 09\. 05\. \(금\) 10:00–12:00/ }).waitFor();
    assert.deepEqual(await axe(staff), [], 'programme page (draft)');
    await staff.getByRole('button', { name: '승인 요청' }).click();
    await staff.getByText('상태를 바꿨습니다: 승인 요청').waitFor();

    // The stream lead approves it from the queue.
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.getByRole('link', { name: '프로그램' }).click();
    await lead.getByRole('heading', { name: '승인 요청된 프로그램 (2)' }).waitFor();
    await lead.getByRole('link', { name: '브라우저 AI 입문 · 부산광역시 사하구' }).click();
    await lead.getByRole('button', { name: '승인', exact: true }).click();
    await lead.getByText('상태를 바꿨습니다: 승인').waitFor();

    // Recruiting opens; a participant is registered with consent (refused without it) and enrolled.
    await staff.reload();
    await staff.getByRole('button', { name: '모집 시작' }).click();
    await staff.getByText('상태를 바꿨습니다: 모집 중').waitFor();
    await staff.getByRole('button', { name: '참여자 등록·신청' }).click();
    const reg = staff.getByRole('dialog', { name: '참여자 등록' });
    await reg.getByLabel(/^이름/).fill('김브라');
    await reg.getByLabel(/^휴대전화/).fill('010-2468-1357');
    await reg.getByLabel(/^출생연도/).fill('1956');
    await reg.getByRole('button', { name: '등록하고 신청' }).click();
    await reg.getByText('참여자의 개인정보 수집·이용 동의를 받아야 등록할 수 있습니다.').first().waitFor();
    assert.deepEqual(await axe(staff), [], 'registration form with the consent error');
    await reg.getByLabel('참여자가 위 내용에 동의했습니다(서명 받음).').check();
    await reg.getByRole('button', { name: '등록하고 신청' }).click();
    await staff.getByText('김브라 님: 등록').waitFor();
    await staff.getByRole('row').filter({ hasText: '김브라' }).getByText('등록').waitFor();
    await staff.getByRole('button', { name: '운영 시작' }).click();
    await staff.getByText('상태를 바꿨습니다: 운영 중').waitFor();
    const codes = await staff.getByRole('link', { name: /^출석 체크 \(/ }).allTextContents();
    assert.equal(codes.length, 2);

    // On a phone: the check-in code opens the attendance screen; all present, one save, for both sessions.
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'saha.staff@lalaland.test');
    await phone.waitForURL('**/home');
    for (const text of codes) {
      const code = /\(([A-Z0-9]{6})\)/.exec(text)[1];
      await phone.goto(`${app.url}/check-in`);
      await phone.getByLabel('출석 코드(6자리)').fill(code);
      await phone.getByRole('button', { name: '열기' }).click();
      await phone.getByRole('heading', { name: '출석 체크' }).waitFor();
      await phone.getByRole('img', { name: '출석 코드 QR' }).waitFor();
      await phone.getByRole('button', { name: '모두 출석' }).click();
      await phone.getByText('저장하지 않은 변경이 있습니다.').waitFor();
      assert.deepEqual(await axe(phone), [], 'attendance on a phone');
      await phone.getByRole('button', { name: '출석 저장' }).click();
      await phone.getByText('출석을 저장했습니다.').waitFor();
      assert.equal(await phone.getByRole('radio', { name: '출석' }).first().isChecked(), true);
    }

    // Completing the programme applies the rule and issues the certificate; its public page shows a masked name.
    await staff.reload();
    await staff.getByRole('button', { name: '종료(수료 판정)' }).click();
    const closing = staff.getByRole('dialog', { name: '프로그램을 종료하고 수료를 판정할까요?' });
    await closing.getByText(/출석률 \d+% 이상인 수강생은 수료되어 수료증이 발급되고/).waitFor();
    await closing.getByRole('button', { name: '종료(수료 판정)' }).click();
    await staff.getByText('상태를 바꿨습니다: 종료').waitFor();
    const row = staff.getByRole('row').filter({ hasText: '김브라' });
    await row.getByText('수료', { exact: true }).waitFor();
    await row.getByText('2/2 (100%)').waitFor();
    const code = (await row.getByRole('link', { name: /^[A-Z0-9]{12}$/ }).textContent()).trim();
    assert.match(code, /^[A-Z0-9]{12}$/);
    assert.deepEqual(await axe(staff), [], 'programme page (completed)');
    // The district prints the certificate for the citizen, with the full name (a logged read); printed alone.
    await row.getByRole('link', { name: /^수료증 인쇄/ }).click();
    await staff.getByRole('heading', { name: '수 료 증', level: 1 }).waitFor();
    await staff.getByText('김브라', { exact: true }).waitFor();
    await staff.getByText(/「브라우저 AI 입문」 과정을 \d+(\.\d+)?시간 이수하였으므로/).waitFor();
    assert.deepEqual(await axe(staff), [], 'certificate to print');
    await staff.emulateMedia({ media: 'print' });
    assert.equal(await staff.locator('.mantine-AppShell-navbar').isVisible(), false, 'the menu is not printed');
    await staff.emulateMedia({ media: 'screen' });

    const citizen = await newPage();
    await citizen.goto(`${app.url}/verify/${code}`);
    await citizen.getByText('유효한 수료증입니다.').waitFor();
    await citizen.getByText('김*라').waitFor();
    await citizen.getByText('브라우저 AI 입문').waitFor();
    assert.equal(await citizen.getByText('김브라').count(), 0, 'the public page never shows the full name');
    assert.deepEqual(await axe(citizen), [], 'certificate verification page');
    await citizen.goto(`${app.url}/verify/AAAAAAAAAAAA`);
    await citizen.getByText('이 코드의 수료증이 없습니다. 코드를 확인하세요.').waitFor();
  });

  test('import a roster file: the check lists row errors and saves nothing, the corrected file imports every row, the roster downloads', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.goto(`${app.url}/programmes`);
    await staff.getByRole('link', { name: /AI·온라인 수업 지원 봉사단/ }).click();
    await staff.getByRole('heading', { name: 'AI·온라인 수업 지원 봉사단', level: 1 }).waitFor();
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: '명단 내려받기 (XLSX)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);

    await staff.getByRole('link', { name: '명단 파일 가져오기' }).click();
    await staff.getByRole('heading', { name: '명단 파일 가져오기', level: 1 }).waitFor();
    assert.deepEqual(await axe(staff), [], 'import wizard');
    const head = '참여자키,이름,휴대전화,출생연도,성별,거주지,개인정보 동의,상태';
    const csv = (rows) => ({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from([head, ...rows].join('\r\n'), 'utf8') });
    await staff.locator('input[type=file]').setInputFiles(csv([',브라우저가져오기,010-4444-0001,1958,여,남구,예,', ',동의빠짐,,1960,,,,']));
    await staff.getByRole('button', { name: '검사하기' }).click();
    await staff.getByText('서면 동의서를 받았는지 확인해 주세요.').waitFor();
    await staff.getByRole('checkbox', { name: /서면 동의서를 받아/ }).check();
    await staff.getByRole('button', { name: '검사하기' }).click();
    await staff.getByText(/오류가 있는 행이 1개 있습니다/).waitFor();
    await staff.getByRole('cell', { name: '개인정보 동의 값을 입력하세요.' }).waitFor();
    assert.deepEqual(await axe(staff), [], 'check with row errors');

    await staff.getByRole('button', { name: '파일 다시 선택' }).click();
    await staff
      .locator('input[type=file]')
      .setInputFiles(csv([',브라우저가져오기,010-4444-0001,1958,여,남구,예,', ',동의빠짐,,1960,,,예,']));
    await staff.getByRole('button', { name: '검사하기' }).click();
    await staff.getByText('오류가 없습니다. 아래 내용대로 가져옵니다.').waitFor();
    await staff.getByRole('button', { name: '2행 가져오기' }).click();
    await staff.getByText('2행을 가져왔습니다.').waitFor();
    assert.deepEqual(await axe(staff), [], 'import done');
    await staff.getByRole('link', { name: '프로그램으로 돌아가기' }).click();
    await staff.getByRole('cell', { name: /브라우저가져오기/ }).waitFor();
  });

  test('the consortium calendar shows sessions by month and by week in Seoul time, and opens the programme', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.getByRole('link', { name: '일정' }).click();
    await staff.getByRole('heading', { name: '일정', level: 1 }).waitFor();
    await staff.getByRole('heading', { name: /회차 \d+개/, level: 2 }).waitFor();
    assert.deepEqual(await axe(staff), [], 'calendar, this month');

    await staff.goto(`${app.url}/calendar?view=month&date=2025-09-01`);
    await staff.getByRole('heading', { name: /2025년 9월 · 회차 \d+개/, level: 2 }).waitFor();
    // The Digital Literacy Academy meets on Tuesdays and Thursdays at 14:00 from 2 September.
    const dla = staff.getByRole('link', { name: '14:00 디지털 리터러시 아카데미' });
    await dla.first().waitFor();
    assert.ok((await dla.count()) >= 8, 'every Tuesday and Thursday of September');
    assert.deepEqual(await axe(staff), [], 'calendar, month view');

    await staff.getByText('주', { exact: true }).click();
    await staff.getByRole('heading', { name: /2025년 9월 1일 – 9월 7일 · 회차 \d+개/, level: 2 }).waitFor();
    const tuesday = staff.getByRole('region', { name: '화 9/2' });
    await tuesday.getByText(/14:00–16:00/).waitFor();
    // The host's staff go from the calendar straight to the attendance sheet.
    assert.ok((await tuesday.getByRole('link', { name: '출석 체크' }).count()) >= 1);
    assert.deepEqual(await axe(staff), [], 'calendar, week view');
    await staff.getByRole('button', { name: '다음 주' }).click();
    await staff.getByRole('heading', { name: /2025년 9월 8일 – 9월 14일/, level: 2 }).waitFor();
    await staff.getByRole('link', { name: '14:00 디지털 리터러시 아카데미' }).first().click();
    await staff.getByRole('heading', { name: '디지털 리터러시 아카데미', level: 1 }).waitFor();
    // and back: the programme's sessions on the calendar, at the month of the first one
    await staff.getByRole('link', { name: '일정에서 보기' }).click();
    await staff.getByRole('heading', { name: /2025년 9월 · 회차 \d+개/, level: 2 }).waitFor();
  });

  test('venues and the instructor pool: list, add with validation, filter by field', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.getByRole('link', { name: '장소·강사' }).click();
    await staff.getByRole('heading', { name: '장소·강사', level: 1 }).waitFor();
    await staff.getByRole('cell', { name: /사하구 예시평생학습관 세미나실/ }).waitFor();
    assert.deepEqual(await axe(staff), [], 'venues');
    await staff.getByRole('button', { name: '장소 등록' }).click();
    const venue = staff.getByRole('dialog', { name: '장소 등록' });
    await venue.getByRole('button', { name: '저장' }).click();
    await venue.getByRole('alert').waitFor();
    assert.deepEqual(await axe(staff), [], 'venue form with errors');
    await venue.getByLabel(/^이름/).fill('브라우저 시험 강의실');
    await venue.getByLabel(/^수용 인원/).fill('24');
    await venue.getByRole('button', { name: '저장' }).click();
    await staff.getByText('장소를 등록했습니다.').waitFor();

    await staff.getByRole('tab', { name: '강사은행' }).click();
    await staff.getByRole('columnheader', { name: '분야' }).waitFor();
    assert.deepEqual(await axe(staff), [], 'instructor pool');
    await staff.getByRole('button', { name: '강사 등록' }).click();
    const form = staff.getByRole('dialog', { name: '강사 등록' });
    await form.getByLabel(/^이름/).fill('브라우저 강사');
    await form.getByLabel(/^분야/).fill('드론, 코딩');
    await form.getByRole('button', { name: '저장' }).click();
    await staff.getByText('강사를 등록했습니다.').waitFor();
    await staff.getByLabel(/^분야/).fill('드론');
    await staff.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    await staff.getByRole('cell', { name: /브라우저 강사/ }).waitFor();
  });

  test("a venue's owner sees its bookings and releases one, with a reason and a confirmation", async () => {
    const owner = await newPage();
    await signIn(owner, app.url, 'nam.admin@lalaland.test');
    await owner.waitForURL(/\/home/);
    const switcher = owner.getByLabel('소속 기관');
    await switcher.selectOption(await switcher.locator('option', { hasText: '남구 예시평생학습관' }).getAttribute('value'));
    await owner.getByRole('link', { name: '장소·강사' }).click();
    const row = owner.getByRole('row', { name: /남구 예시평생학습관 디지털배움터/ });
    await row.getByRole('button', { name: '예약 보기' }).click();
    const dialog = owner.getByRole('dialog', { name: /디지털배움터.*예약 현황/ });
    await dialog.getByLabel('시작일').fill('2025-09-01');
    await dialog.getByRole('cell', { name: '디지털 리터러시 아카데미' }).first().waitFor();
    const before = await dialog.locator('tbody tr').count();
    assert.deepEqual(await axe(owner), [], 'venue bookings');
    await dialog.getByRole('button', { name: '예약 취소' }).first().click();
    const confirm = owner.getByRole('dialog', { name: '장소 예약 취소' });
    await confirm.getByText('장소 없이 남습니다').waitFor();
    await confirm.getByRole('button', { name: '예약 취소 확정' }).click();
    await confirm.getByText('취소 사유를 입력하세요.').waitFor();
    assert.deepEqual(await axe(owner), [], 'release confirmation with an error');
    await confirm.getByLabel(/^취소 사유/).fill('시설 점검');
    await confirm.getByRole('button', { name: '예약 취소 확정' }).click();
    await owner.getByRole('status').filter({ hasText: '예약을 취소했습니다.' }).waitFor(); // the notice, at the bottom of the screen
    await owner.waitForFunction((n) => document.querySelectorAll('[role="dialog"] tbody tr').length === n - 1, before);
  });

  test('participants: search, open one, read the access log, withdraw consent and see the data hidden', async () => {
    const admin = await newPage();
    await signIn(admin, app.url, 'nam.admin@lalaland.test');
    await admin.waitForURL(/\/home/);
    await admin.getByRole('link', { name: '참여자', exact: true }).click();
    await admin.getByRole('heading', { name: '참여자', level: 1 }).waitFor();
    await admin.getByRole('columnheader', { name: '식별번호' }).waitFor();
    assert.deepEqual(await axe(admin), [], 'participant list');
    const first = admin.locator('tbody tr').first();
    const name = (await first.locator('td').nth(1).textContent()).trim();
    await admin.getByLabel('이름, 휴대전화 또는 식별번호').fill(name);
    await admin.waitForFunction(
      (n) => [...document.querySelectorAll('tbody tr td:nth-child(2)')].every((td) => td.textContent === n),
      name,
    );
    await admin.locator('tbody tr').first().getByRole('link').click();
    await admin.getByRole('heading', { name: new RegExp(name), level: 1 }).waitFor();
    await admin.getByRole('heading', { name: '개인정보 열람 기록' }).waitFor();
    await admin.getByRole('cell', { name: '참여자 목록' }).first().waitFor(); // the list showed the name, and that read was logged
    assert.deepEqual(await axe(admin), [], 'participant page');
    await admin.getByRole('button', { name: '동의 철회' }).first().click();
    await admin.getByRole('button', { name: '철회 확정' }).click();
    await admin.getByText('동의를 철회했습니다. 개인정보는 이제 어디에서도 보이지 않습니다.').waitFor();
    await admin.getByText(/동의가 철회되었거나 기한이 지나/).waitFor();
    assert.deepEqual(await axe(admin), [], 'participant page after withdrawal');
  });
});
