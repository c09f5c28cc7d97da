// Browser test of the public door (issue 27): a host lists a recruiting programme from its page; a citizen on a 390 px
// phone finds it in the catalogue — with JavaScript off too — by a word typed with a slip, and reads its page; then a
// citizen applies to a first-come class with the phone code read from a local Solapi stand-in and gets a seat, the host
// sees it on the programme's page, and runs a lottery's draw there. Axe on every state; nothing wider than the phone;
// targets at least 44 px.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, gql, listedProgramme, ok, signIn, smsSink } from './harness.mjs';

const TITLE = '키오스크 주문 연습 교실';
const day = (days) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('the public door in a real browser', () => {
  let sms;
  const app = browserSession({ env: async () => (sms = await smsSink()).env });
  const { newPage } = app;
  after(() => sms?.close());

  /** A recruiting programme of this year with an open listing, starting in ten days (one seat). */
  const listed = (staff, lead, title, offer) => listedProgramme(staff, lead, { titleKo: title, capacity: 1, startsOn: day(10) }, offer);

  test('a host lists its recruiting programme; a citizen on a phone finds it by a word with a slip and reads its page', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);

    // A programme of this year, with two classes ahead, taken to recruiting (set up through the API the portal uses).
    const today = day(0);
    const { initiatives } = ok(await gql(staff, '{ initiatives { id code stream { code periodStart periodEnd } } }'));
    const initiative = initiatives.find(
      (i) => i.stream.code.startsWith('LALALAND') && i.stream.periodStart <= today && i.stream.periodEnd >= today,
    );
    assert.ok(initiative, 'the demo has this year’s LA-LA LAnd initiative');
    const { createProgramme: p } = ok(
      await gql(staff, 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
        i: {
          initiativeId: initiative.id,
          titleKo: TITLE,
          pillar: 'LEARN',
          domain: 'LIBERAL_ARTS',
          format: 'OFFLINE',
          capacity: 20,
          startsOn: day(7),
          description: '음식점·병원·역의 무인 주문기를 직접 눌러 보며 익힙니다.',
        },
      }),
    );
    ok(
      await gql(staff, 'mutation($i: SessionSeriesInput!) { createSessionSeries(input: $i) { id } }', {
        i: {
          programmeId: p.id,
          firstDate: day(7),
          weekdays: [1, 2, 3, 4, 5],
          count: 2,
          startTime: '10:00',
          endTime: '12:00',
          onlineUrl: 'https://meet.example.test/phone',
        },
      }),
    );
    const status = 'mutation($id: ID!, $s: ProgrammeStatus!) { changeProgrammeStatus(id: $id, status: $s) { status } }';
    ok(await gql(staff, status, { id: p.id, s: 'PROPOSED' }));
    ok(await gql(lead, status, { id: p.id, s: 'APPROVED' }));
    ok(await gql(staff, status, { id: p.id, s: 'RECRUITING' }));

    // The host lists it from the programme's page.
    await staff.goto(`${app.url}/programmes/${p.id}`);
    await staff.getByRole('heading', { name: '시민 공개·신청' }).waitFor();
    await staff.getByRole('switch', { name: '강좌 찾기에 공개' }).check();
    await staff.getByLabel('문의 전화(기관 번호)').fill('051-220-4000');
    await staff.getByLabel(/^편의 지원/).fill('휠체어 출입 가능, 큰 글씨 자료');
    await staff.getByRole('button', { name: '공개 설정 저장' }).click();
    await staff.getByText('공개 설정을 저장했습니다.').waitFor();
    await staff.getByRole('link', { name: '공개 페이지 보기' }).waitFor();
    assert.deepEqual(await axe(staff), [], 'the listing panel');

    // A citizen's phone with JavaScript off: the catalogue and its search work as plain pages.
    const plain = await newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await plain.goto(`${app.url}/catalogue`);
    await plain.getByLabel('검색어').fill('키오스그');
    await plain.getByRole('button', { name: '찾기' }).click();
    await plain.getByRole('link', { name: TITLE }).click();
    await plain.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    // The folded choices open without script: mornings, seats left, accessibility support.
    await plain.goto(`${app.url}/catalogue`);
    await plain.getByText('조건 더 보기').click();
    await plain.getByLabel('시간대').selectOption({ label: '오전 (12시 전)' });
    await plain.getByLabel('남은 자리가 있는 강좌만').check();
    await plain.getByRole('checkbox', { name: /편의 지원/ }).check();
    await plain.getByRole('button', { name: '찾기' }).click();
    await plain.getByRole('link', { name: TITLE }).waitFor();

    // The same on a phone with JavaScript on, checked: axe, nothing wider than the screen, targets of 44 px.
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ['/catalogue', `/catalogue?q=${encodeURIComponent('키오스그')}&time=MORNING&seats=1`, `/catalogue/${p.id}`]) {
      await phone.goto(app.url + path);
      assert.deepEqual(await axe(phone), [], `axe on ${path}`);
      assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scrolling on ${path}`);
      const small = await phone.evaluate(() =>
        [...document.querySelectorAll('main a, main button, main input, main select')]
          .filter((e) => e.getBoundingClientRect().height < 44 && e.getAttribute('type') !== 'checkbox')
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(small, [], `44 px targets on ${path}`);
    }
    await phone.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    for (const text of ['신청 가능', '선착순', '무료', '휠체어 출입 가능', '051-220-4000', '정원'])
      await phone.getByText(text, { exact: false }).first().waitFor();
  });

  test('a citizen on a phone finds a class, applies with the texted code and gets a seat; the host sees it; a lottery is drawn from the page', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.waitForURL(/\/home/);
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const id = await listed(staff, lead, '스마트폰 사진 찍기 교실', {
      selection: 'FIRST_COME',
      applyUntil: new Date(Date.now() + 86_400_000).toISOString(),
    });

    // The citizen: search, the class's page, the form (errors first), the code from the text, the seat.
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    const checks = async (what) => {
      assert.deepEqual(await axe(phone), [], `axe: ${what}`);
      assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scrolling: ${what}`);
      const small = await phone.evaluate(() =>
        [...document.querySelectorAll('main a, main button, main input:not([type=hidden]):not([type=checkbox]), main select')]
          .filter((e) => e.getClientRects().length && e.getBoundingClientRect().height < 44)
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      assert.deepEqual(small, [], `44 px targets: ${what}`);
    };
    await phone.goto(`${app.url}/catalogue`);
    await phone.getByLabel('검색어').fill('사진 찍기');
    await phone.getByRole('button', { name: '찾기' }).click();
    await phone.getByRole('link', { name: '스마트폰 사진 찍기 교실' }).click();
    await phone.getByRole('link', { name: '온라인으로 신청하기' }).click();
    await phone.getByRole('heading', { name: '스마트폰 사진 찍기 교실 신청' }).waitFor();
    await checks('the form');
    await phone.getByRole('button', { name: '인증번호 받기' }).click();
    await phone.getByText('고칠 곳이 4군데 있습니다.').waitFor();
    await checks('the form with errors');
    await phone.getByLabel('이름').fill('한복순');
    await phone.getByLabel('휴대전화 번호').fill('010-3456-7788');
    await phone.getByLabel('태어난 해').fill('1953');
    await phone.getByLabel('위 내용을 읽었고 동의합니다').check();
    await phone.getByRole('button', { name: '인증번호 받기' }).click();
    await phone.getByRole('heading', { name: '인증번호를 입력해 주세요' }).waitFor();
    await checks('the code');
    await phone.getByLabel('인증번호 6자리').fill(await sms.code('010-3456-7788'));
    await phone.getByRole('button', { name: '신청 마치기' }).click();
    await phone.getByRole('heading', { name: '신청되었습니다' }).waitFor();
    await phone.getByText('수강이 확정되었습니다.').waitFor();
    await checks('the applicant’s page');

    // The host sees it on the programme's page.
    await staff.goto(`${app.url}/programmes/${id}`);
    await staff.getByRole('heading', { name: /온라인 신청/ }).waitFor();
    await staff.getByRole('cell', { name: '등록' }).first().waitFor();
    assert.deepEqual(await axe(staff), [], 'the applications panel');
    // …and on the home of their work.
    await staff.goto(`${app.url}/home`);
    await staff.getByRole('link', { name: /^스마트폰 사진 찍기 교실 — 최근 7일 1건, 결정 전 0건$/ }).waitFor();
    assert.deepEqual(await axe(staff), [], 'the home with the applications card');

    // A lottery, closed: the host runs the draw from the page (after confirming), and the revealed seed is shown.
    const lottery = await listed(staff, lead, '도자기 교실 (추첨)', {
      selection: 'LOTTERY',
      applyUntil: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await phone.goto(`${app.url}/apply/${lottery}`);
    await phone.getByText('추첨 확인값').waitFor();
    await phone.getByLabel('이름').fill('한복순');
    await phone.getByLabel('휴대전화 번호').fill('010-3456-7788');
    await phone.getByLabel('태어난 해').fill('1953');
    await phone.getByLabel('위 내용을 읽었고 동의합니다').check();
    await phone.getByRole('button', { name: '인증번호 받기' }).click();
    const before = sms.sent.length;
    await phone.getByLabel('인증번호 6자리').waitFor();
    for (let i = 0; i < 100 && sms.sent.length === before; i++) await new Promise((r) => setTimeout(r, 50));
    await phone.getByLabel('인증번호 6자리').fill(await sms.code('010-3456-7788'));
    await phone.getByRole('button', { name: '신청 마치기' }).click();
    await phone.getByText(/추첨합니다\./).waitFor();
    ok(
      await gql(staff, 'mutation($i: ProgrammeOfferInput!) { saveProgrammeOffer(input: $i) { published } }', {
        i: {
          programmeId: lottery,
          published: true,
          feeWon: 0,
          selection: 'LOTTERY',
          applyFrom: new Date(Date.now() - 7_200_000).toISOString(),
          applyUntil: new Date(Date.now() - 1000).toISOString(),
        },
      }),
    );
    await staff.goto(`${app.url}/programmes/${lottery}`);
    await staff.getByRole('button', { name: '추첨하기' }).click();
    await staff.getByRole('dialog', { name: '지금 추첨할까요?' }).getByRole('button', { name: '추첨하기' }).click();
    await staff.getByText('추첨했습니다.', { exact: false }).waitFor();
    await staff.getByText('추첨에 쓴 값(공개):').waitFor();
    assert.deepEqual(await axe(staff), [], 'the drawn lottery');
  });
});
