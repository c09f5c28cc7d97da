// Browser tests of the staff's daily work (issue 12): people already known, edits after creation, safe irreversible
// actions, feedback where the eye is, and the phone. Desktop and 390 px, axe on every state.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn } from './harness.mjs';

describe('daily work in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;
  const openProgramme = async (page, title) => {
    await page.goto(`${app.url}/programmes`);
    await page.getByLabel('프로그램명 검색').fill(title);
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  };

  test('a known citizen joins a second course from the match shown while registering; a namesake is registered only when confirmed; two records of one person are merged', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    const first = 'AI로 잇는 세대공감 배움터 (샘플)';
    const second = 'AI·온라인 수업 지원 봉사단';
    const register = async (name, { confirm = false } = {}) => {
      await staff.getByRole('button', { name: '참여자 등록·신청' }).click();
      const reg = staff.getByRole('dialog', { name: '참여자 등록' });
      await reg.getByLabel(/^이름/).fill(name);
      await reg.getByLabel(/^출생연도/).fill('1948');
      await reg.getByLabel(/^거주 구·군/).selectOption({ label: '남구' });
      if (confirm) {
        await reg.getByRole('region', { name: '이미 등록된 참여자일 수 있습니다' }).waitFor();
        await reg.getByLabel(/다른 사람입니다/).check();
      }
      await reg.getByLabel('참여자가 위 내용에 동의했습니다(서명 받음).').check();
      await reg.getByRole('button', { name: '등록하고 신청' }).click();
      return reg;
    };

    // 이철수, born 1948, registered without a phone for the first course.
    await openProgramme(staff, first);
    await register('이철수');
    await staff.getByText(/이철수 님: (신청|등록)/).waitFor();

    // For the second course, typing his name and birth year shows the record already held: enrol him, no second record.
    await openProgramme(staff, second);
    await staff.getByRole('button', { name: '참여자 등록·신청' }).click();
    const reg = staff.getByRole('dialog', { name: '참여자 등록' });
    await reg.getByLabel(/^이름/).fill('이철수');
    await reg.getByLabel(/^출생연도/).fill('1948');
    const matches = reg.getByRole('region', { name: '이미 등록된 참여자일 수 있습니다' });
    await matches.getByText('이름·출생연도 같음').waitFor();
    assert.deepEqual(await axe(staff), [], 'registration with a likely match');
    // Registering anyway is refused with the key of the record held, until "another person" is ticked.
    await reg.getByLabel('참여자가 위 내용에 동의했습니다(서명 받음).').check();
    await reg.getByRole('button', { name: '등록하고 신청' }).click();
    await reg.getByRole('alert').filter({ hasText: '같은 이름과 출생연도의 참여자가 이미 있습니다' }).waitFor();
    await matches.getByRole('button', { name: '이 참여자를 수강 등록' }).click();
    await staff.getByText(/이철수 님: 등록/).waitFor();
    await staff.getByRole('row').filter({ hasText: '이철수' }).first().waitFor();

    // His page lists both courses; his district is corrected in place (audited by field name only).
    await staff.goto(`${app.url}/participants`);
    await staff.getByLabel('이름, 휴대전화 또는 식별번호').fill('이철수');
    await staff.locator('tbody tr').filter({ hasText: '이철수' }).first().getByRole('link').click();
    await staff.getByRole('heading', { name: /이철수/, level: 1 }).waitFor();
    await staff.getByRole('link', { name: first }).waitFor();
    await staff.getByRole('link', { name: second }).waitFor();
    const page = staff.url();
    await staff.getByRole('button', { name: '정보 수정' }).click();
    const edit = staff.getByRole('dialog', { name: '정보 수정' });
    await edit.getByLabel(/^출생연도/).fill('2099');
    await edit.getByRole('button', { name: '저장' }).click();
    await edit.getByText('출생연도는 1900년부터 올해까지의 연도로 입력하세요.').waitFor();
    assert.equal(await edit.getByLabel(/^출생연도/).inputValue(), '2099', 'a bad year is refused, not silently changed');
    await edit.getByLabel(/^출생연도/).fill('1948');
    // The phone is not covered by his consent: it cannot be typed in until a new consent is recorded.
    assert.equal(await edit.getByLabel(/^휴대전화/).isDisabled(), true);
    await edit.getByText('동의 항목에 없어 저장할 수 없습니다. 새 동의를 받은 뒤 수정하세요.').first().waitFor();
    await edit.getByLabel(/^거주 구·군/).selectOption({ label: '수영구' });
    assert.deepEqual(await axe(staff), [], 'participant edit form');
    await edit.getByRole('button', { name: '저장' }).click();
    await staff.getByText('참여자 정보를 저장했습니다.').waitFor();

    // A namesake born the same year is registered for the first course once staff confirm it is someone else…
    await openProgramme(staff, first);
    await register('이철수', { confirm: true });
    await staff.getByText(/이철수 님: (신청|등록)/).waitFor();
    // …but it was the same man after all: merging is refused while both records sit on one roster, naming it.
    await staff.goto(page);
    await staff.getByRole('button', { name: '중복 기록 합치기' }).click();
    const merge = staff.getByRole('dialog', { name: '중복 기록 합치기' });
    await merge.getByRole('radio').first().check();
    await merge.getByText(/기록은 삭제되고 모든 이력이 .*옮겨집니다\. 되돌릴 수 없습니다\./).waitFor();
    assert.deepEqual(await axe(staff), [], 'merge dialog');
    const duplicate = /P[A-Z0-9]{7}/.exec(await merge.locator('label', { hasText: '이철수' }).first().textContent())[0];
    await merge.getByRole('button', { name: '합치기' }).click();
    await merge.getByRole('alert').filter({ hasText: first }).waitFor();
    await merge.getByRole('button', { name: '취소' }).click();

    // Staff drop the duplicate's seat on that roster (asked first, naming the waitlist consequence), then merge.
    await openProgramme(staff, first);
    await staff.getByRole('row').filter({ hasText: duplicate }).getByRole('button', { name: '포기 처리' }).click();
    const drop = staff.getByRole('dialog', { name: '수강을 포기 처리할까요?' });
    await drop.getByText(/대기자가 있으면 첫 번째 대기자가 자동으로 등록됩니다/).waitFor();
    assert.deepEqual(await axe(staff), [], 'drop confirmation');
    await drop.getByRole('button', { name: '포기 처리' }).click();
    await staff.getByRole('row').filter({ hasText: duplicate }).getByText('포기').waitFor();
    await staff.goto(page);
    await staff.getByRole('button', { name: '중복 기록 합치기' }).click();
    await merge.getByLabel(new RegExp(duplicate)).check();
    await merge.getByRole('button', { name: '합치기' }).click();
    await staff.getByText(`${duplicate} 기록을 합쳤습니다.`).waitFor();
    assert.equal(await staff.getByRole('link', { name: first }).count(), 1, 'one enrolment per programme after the merge');
  });

  test('a programme is edited after creation (numbers refused, co-hosts set); cancelling it asks first, in words that cannot be read as "dismiss"; its sessions stay on the page, struck through', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.goto(`${app.url}/programmes`);
    await staff.getByRole('button', { name: '새 프로그램' }).click();
    const form = staff.getByRole('dialog', { name: '새 프로그램' });
    await form.getByLabel(/^프로그램명\(한국어\)/).fill('취소될 강좌');
    await form.getByLabel(/^정원/).fill('10');
    // Dates read and write the Korean way (KRDS), whatever the browser's locale: digits from a number pad become a date,
    // a day that does not exist is named as a format mistake beside the field.
    const startsOn = form.getByLabel(/^시작일/);
    await startsOn.fill('2027. 02. 30.');
    await startsOn.blur();
    await form.getByText('날짜는 2025. 09. 01. 처럼 연·월·일 순서로 입력해 주세요.').waitFor();
    await startsOn.fill('20250901');
    await startsOn.blur();
    assert.equal(await startsOn.inputValue(), '2025. 09. 01.');
    await form.getByRole('button', { name: '만들기' }).click();
    await staff.getByRole('heading', { name: '취소될 강좌', level: 1 }).waitFor();
    await staff.getByRole('button', { name: '매주 반복 회차 추가' }).click();
    const series = staff.getByRole('dialog', { name: '매주 반복 회차 추가' });
    // No weekday is a mistake named next to the weekdays, not "0 sessions created".
    await series.getByRole('button', { name: '저장' }).click();
    await series.getByText('하나 이상 고르세요.').waitFor();
    await series.getByRole('checkbox', { name: '화' }).check();
    await series.getByLabel(/^첫 날짜/).fill('2025-09-02');
    await series.getByLabel(/^횟수/).fill('2');
    const venue = series.getByLabel(/^장소/);
    await venue.selectOption({ index: 1 });
    await series.getByRole('button', { name: '저장' }).click();
    await staff.getByText('2개 회차를 만들었습니다.').waitFor();

    // Edited after creation with the creation rules: bad numbers are refused naming the range, never changed.
    await staff.getByRole('button', { name: '프로그램 수정' }).click();
    const edit = staff.getByRole('dialog', { name: '프로그램 수정' });
    await edit.getByText(/작성 중·보완 요청 상태에서는 모든 항목을 고칠 수 있습니다/).waitFor();
    await edit.getByLabel(/^정원/).fill('-10');
    await edit.getByLabel(/^수료 기준/).fill('150');
    await edit.getByRole('button', { name: '저장' }).click();
    await edit.getByText('1 이상이어야 합니다.').waitFor();
    await edit.getByText('100 이하여야 합니다.').waitFor();
    assert.equal(await edit.getByLabel(/^정원/).inputValue(), '-10');
    await edit.getByLabel(/^정원/).fill('12');
    await edit.getByLabel(/^수료 기준/).fill('75');
    await edit.getByLabel(/^소개/).fill('생활 속 디지털 기기 사용법을 익힙니다.');
    const cohosts = edit.getByRole('group', { name: /공동 운영 기관/ });
    const partner =
      (await cohosts.getByRole('checkbox').first().getAttribute('aria-label')) ?? (await cohosts.locator('label').first().textContent());
    await cohosts.getByRole('checkbox').first().check();
    assert.deepEqual(await axe(staff), [], 'programme edit form');
    await edit.getByRole('button', { name: '저장' }).click();
    await staff.getByText('프로그램을 저장했습니다.').waitFor();
    await staff.getByText('생활 속 디지털 기기 사용법을 익힙니다.').waitFor();
    await staff.locator('dd').getByText(partner.trim(), { exact: true }).waitFor();

    await staff.getByRole('button', { name: '프로그램 취소' }).click();
    const confirm = staff.getByRole('dialog', { name: '프로그램을 취소할까요?' });
    await confirm.getByText(/아직 열리지 않은 회차는 취소되어 장소 예약이 풀립니다/).waitFor();
    assert.deepEqual(await axe(staff), [], 'cancel confirmation');
    await confirm.getByRole('button', { name: '돌아가기' }).click(); // dismissing changes nothing
    await staff.getByRole('button', { name: '프로그램 취소' }).click();
    await confirm.getByRole('button', { name: '프로그램 취소' }).click();
    await staff.getByText('상태를 바꿨습니다: 취소').waitFor();
    // The demo's stream year has ended, so its sessions were held: they stay as they were (sessions still to come are
    // cancelled and struck through: test/programmes.e2e.ts in the API).
    const cell = staff.getByRole('cell', { name: /2025\. 09\. 02\./ });
    await cell.waitFor();
    assert.equal(await cell.evaluate((td) => getComputedStyle(td).textDecorationLine), 'none');
  });
  test('on a phone: no page is wider than the screen, attendance keeps its save bar and tally in view, warns before unsaved marks are lost, and notices appear where the thumb is', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'nam.admin@lalaland.test');
    await phone.waitForURL(/\/home/);
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    // One of each page, reached the way staff reach them.
    const pages = [
      '/home',
      '/organizations',
      '/programmes',
      '/calendar',
      '/places',
      '/participants',
      '/funding',
      '/approvals',
      '/account',
      '/check-in',
    ];
    await phone.goto(`${app.url}/programmes`);
    await phone.getByLabel('프로그램명 검색').fill('AI 학습코치 양성과정');
    const programme = await phone.getByRole('link', { name: 'AI 학습코치 양성과정' }).first().getAttribute('href');
    await phone.goto(`${app.url}/participants`);
    const participant = await phone.locator('tbody a, [data-participant] a').first().getAttribute('href');
    await phone.goto(`${app.url}/funding`);
    const stream = await phone.getByRole('link', { name: '배움온플러스' }).first().getAttribute('href');
    await phone.goto(`${app.url}/organizations`);
    const organization = await phone.getByRole('link', { name: /남구/ }).first().getAttribute('href');
    const wide = [];
    for (const path of [...pages, programme, participant, stream, organization]) {
      await phone.goto(app.url + path);
      await phone.locator('main h1').first().waitFor();
      await phone.waitForLoadState('networkidle');
      const px = await overflow();
      if (px > 0) wide.push(`${path}: ${px}px`);
    }
    assert.deepEqual(wide, [], 'pages wider than a 390 px screen');
    // The stream page's tables (budget, totals, expenditures, members) become stacked rows: nothing scrolls sideways,
    // and each value says which column it is.
    await phone.goto(app.url + stream);
    await phone.getByRole('heading', { name: '예산 현황', level: 2 }).waitFor();
    const sideways = await phone
      .locator('.lal-table-scroll')
      .evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
    assert.equal(sideways, 0, 'stream tables scrolled sideways on a phone');
    const planned = await phone
      .locator('.lal-stack tbody td[data-label="계획액"]')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    assert.equal(planned, '"계획액"');
    assert.deepEqual(await axe(phone), [], 'stream page, stacked on a phone');

    // The attendance sheet of a session of that programme, reached from the programme page.
    await phone.goto(app.url + programme);
    await phone
      .getByRole('link', { name: /^출석 체크 \(/ })
      .first()
      .click();
    await phone.getByRole('heading', { name: '출석 체크' }).waitFor();
    const bar = phone.locator('.lal-save-bar');
    await phone.getByRole('button', { name: '모두 출석' }).click();
    await bar.getByText(/출석 \d+ · 지각 0 · 공결 0 · 결석 0/).waitFor();
    await bar.getByText('저장하지 않은 변경이 있습니다.').waitFor();
    const box = await bar.boundingBox();
    assert.ok(box && box.y + box.height <= 844 + 1, 'the save bar is on screen at the top of a long list');
    const target = await phone.locator('.lal-mark .mantine-Radio-label').first().boundingBox();
    assert.ok(target.height >= 44, `a mark is a 44 px target (${target.height})`);
    assert.deepEqual(await axe(phone), [], 'attendance with the save bar');
    // Leaving by a link asks first; staying keeps the marks.
    await phone
      .getByRole('link', { name: /AI 학습코치 양성과정/ })
      .first()
      .click();
    const leave = phone.getByRole('dialog', { name: '저장하지 않고 나갈까요?' });
    await leave.getByRole('button', { name: '돌아가기' }).click();
    await bar.getByText('저장하지 않은 변경이 있습니다.').waitFor();
    await phone.mouse.wheel(0, 5000);
    await bar.getByRole('button', { name: '출석 저장' }).click();
    const notice = phone.getByRole('status').filter({ hasText: '출석을 저장했습니다.' });
    await notice.waitFor();
    const seen = await notice.boundingBox();
    assert.ok(seen && seen.y >= 0 && seen.y + seen.height <= 844, 'the notice is on screen where the user acted');
  });
  test("everyone lands on the home of their own work: the lead sees both kinds of approval in one queue, the ministry the streams' totals", async () => {
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    await lead.getByRole('heading', { name: /^프로그램 승인 요청 \(\d+\)/ }).waitFor();
    await lead.getByRole('heading', { name: /^지출 승인 요청 \(\d+\)/ }).waitFor();
    assert.deepEqual(await axe(lead), [], 'home (lead)');
    await lead.getByRole('link', { name: '승인 대기', exact: true }).click();
    await lead.getByRole('heading', { name: '승인 대기', level: 1 }).waitFor();
    await lead.getByRole('heading', { name: /^프로그램 승인 요청/ }).waitFor();
    await lead.getByRole('heading', { name: /^지출 승인 요청/ }).waitFor();
    assert.deepEqual(await axe(lead), [], 'one approval queue');
    // On a phone each waiting expenditure is a card with its decision, not a nine-column table.
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'city.admin@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${app.url}/approvals`);
    const card = phone.getByRole('article', { name: /디지털 기초 과정 강사비 6월/ });
    await card.getByRole('button', { name: /^승인:/ }).waitFor();
    assert.equal(await phone.getByRole('columnheader', { name: '잔액' }).count(), 0);
    assert.deepEqual(await axe(phone), [], 'approval queue on a phone');

    const ministry = await newPage();
    await signIn(ministry, app.url, 'viewer@lalaland.test');
    await ministry.waitForURL(/\/home/);
    await ministry.getByRole('heading', { name: '사업별 예산 집행' }).waitFor();
    await ministry.getByRole('link', { name: '배움온플러스' }).first().waitFor();
    assert.equal(await ministry.getByRole('heading', { name: /^오늘 수업/ }).count(), 0, 'no classes to run');
    // National and local money apart, never one figure mixing them.
    await ministry
      .getByText(/^총사업비 ₩[\d,]+ \/ ₩[\d,]+$/)
      .first()
      .waitFor();
    await ministry
      .getByText(/^국비 ₩[\d,]+ \/ ₩[\d,]+ · 지방비 ₩[\d,]+ \/ ₩[\d,]+$/)
      .first()
      .waitFor();
    assert.deepEqual(await axe(ministry), [], 'home (ministry)');
  });
  test('messages point the right way: a malformed address explains itself, and the ministry sees counts that say what they count and no button it cannot use', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'nam.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    await staff.goto(`${app.url}/calendar?date=2025-13-01`);
    await staff.getByRole('heading', { name: '일정', level: 1 }).waitFor();
    await staff.getByText('주소의 날짜(2025-13-01)가 올바르지 않아 오늘을 보여 줍니다.').waitFor();
    assert.deepEqual(await axe(staff), [], 'calendar with a malformed date');

    const ministry = await newPage();
    await signIn(ministry, app.url, 'viewer@lalaland.test');
    await ministry.waitForURL(/\/home/);
    await openProgramme(ministry, 'AI·온라인 수업 지원 봉사단');
    await ministry.getByText(/^등록 \d+명 · 대기 \d+명 · 신청 \d+명 · 수료 \d+명 · 미수료 \d+명 · 중도 포기 \d+명$/).waitFor();
    await ministry.getByText('위 인원은 모든 기관의 수강생입니다. 명단은 운영·공동 운영 기관만 볼 수 있습니다.').waitFor();
    assert.equal(await ministry.getByText('아직 신청한 사람이 없습니다.').count(), 0, 'no "nobody enrolled" under a full count');
    assert.equal(await ministry.getByRole('button', { name: '참여자 등록·신청' }).count(), 0, 'no register button for a reader');
    assert.deepEqual(await axe(ministry), [], 'programme page (ministry)');
  });
});
