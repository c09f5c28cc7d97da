// Browser test of the public door (issue 27): a host lists a recruiting programme from its page; a citizen on a 390 px
// phone finds it in the catalogue — with JavaScript off too — by a word typed with a slip, and reads its page. Axe on
// every state; nothing wider than the phone; targets at least 44 px.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn } from './harness.mjs';

const TITLE = '키오스크 주문 연습 교실';
const gql = (page, query, variables = {}) =>
  page.evaluate(
    async ([q, v]) =>
      (
        await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q, variables: v }),
        })
      ).json(),
    [query, variables],
  );
const ok = (r) => {
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data;
};
const day = (days) => new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('the public door in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;

  test('a host lists its recruiting programme; a citizen on a phone finds it by a word with a slip and reads its page', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.getByRole('heading', { level: 1 }).first().waitFor();
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.getByRole('heading', { level: 1 }).first().waitFor();

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

    // The same on a phone with JavaScript on, checked: axe, nothing wider than the screen, targets of 44 px.
    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ['/catalogue', `/catalogue?q=${encodeURIComponent('키오스그')}`, `/catalogue/${p.id}`]) {
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
});
