// Browser tests of outcomes (issue 15), on one server: the lead's dashboard (figures, filters in the address, charts
// with tables, downloads), targets shown with achievement and on the public progress page; a satisfaction survey
// opened by Saha-gu, answered by a participant from the slip's link on a phone without signing in; the Ministry result
// report generated in the background with its progress and files. Axe on every state; 390 px without overflow.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn } from './harness.mjs';

describe('outcomes in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;
  const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('the lead’s dashboard: figures from records, filters in the address, a chart with its table, a target and the public page', async () => {
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    await lead.getByRole('link', { name: '성과 대시보드', exact: true }).click();
    await lead.getByRole('heading', { name: '성과 대시보드', level: 1 }).waitFor();
    // the demo's records are in the 2025 year of the stream (the year that holds today comes first)
    await lead.getByRole('combobox', { name: '사업' }).selectOption({ label: '내일을 꿈꾸는 LA-LA LAnd (2025)' });
    await lead.waitForURL(/stream=/);
    const participants = lead.getByRole('article', { name: '참여자(실인원)' });
    await participants.waitFor();
    const shown = await participants.locator('[data-kpi="PARTICIPANTS"]').innerText();
    assert.match(shown, /^\d[\d,]*명$/);
    await lead.getByRole('table', { name: '기관별' }).waitFor();
    await lead.getByRole('img', { name: /^기관별 참여자\(실인원\) 막대그래프/ }).waitFor();
    assert.deepEqual(await axe(lead), [], 'the stream dashboard');
    // Filters live in the address: a quarter, then the same view on reload.
    await lead.getByLabel('기간').selectOption({ label: '3분기' });
    await lead.waitForURL(/q=3/);
    await lead.reload();
    assert.equal(await lead.getByLabel('기간').inputValue(), '3');
    // The download is the same data (CSV through the browser's session).
    const csv = await lead.evaluate(
      async (href) => (await fetch(href)).text(),
      await lead.getByRole('link', { name: 'CSV 내려받기' }).getAttribute('href'),
    );
    assert.match(csv, /성과지표/);
    // A target for the year, then achievement on the dashboard and on the public page.
    await lead.getByRole('link', { name: '목표·이정표 관리' }).click();
    await lead.getByRole('heading', { name: '목표와 이정표', level: 1 }).waitFor();
    // The table is one save: the year's target and a quarter's, then a typo named beside its field; leaving asks first.
    await lead.getByLabel('참여자(실인원) 목표').fill('1000');
    await lead.getByLabel('기간').selectOption({ label: '1분기' });
    await lead.getByLabel('수료자 목표').fill('25O');
    await lead.getByText('0 이상의 숫자를 소수점 한 자리까지 입력하세요.').first().waitFor();
    await lead.getByLabel('수료자 목표').fill('25');
    await lead.getByRole('link', { name: '성과 대시보드' }).first().click();
    await lead.getByRole('dialog').getByText('저장하지 않은 목표가 있습니다. 저장하지 않고 나갈까요?').waitFor();
    await lead.getByRole('dialog').getByRole('button', { name: '돌아가기' }).click();
    await lead.getByRole('button', { name: '바뀐 목표 2건 저장' }).click();
    await lead.getByText('목표 2건을 저장했습니다.').waitFor();
    await lead.getByLabel('기간').selectOption({ label: '연간' });
    await lead.getByLabel(/^이정표/).fill('하반기 성과 공유회');
    await lead.getByLabel(/^예정일/).fill('2025. 12. 10.');
    await lead.getByRole('button', { name: '이정표 추가' }).click();
    await lead.getByText('이정표를 저장했습니다.').waitFor();
    assert.deepEqual(await axe(lead), [], 'targets and milestones');
    await lead.goto(`${app.url}/dashboards`);
    await lead.getByRole('combobox', { name: '사업' }).selectOption({ label: '내일을 꿈꾸는 LA-LA LAnd (2025)' });
    await participants.getByText(/목표 1,000명 .* 달성률 [\d.]+%/).waitFor();
    // The ministry's side-by-side of every stream: actuals against their targets.
    const ministry = await newPage();
    await signIn(ministry, app.url, 'viewer@lalaland.test');
    await ministry.waitForURL(/\/home/);
    await ministry.goto(`${app.url}/dashboards?scope=consortium&year=2025`);
    await ministry.getByRole('heading', { name: '사업별 성과' }).waitFor();
    await ministry
      .getByText(/^목표 1,000명 · 달성 [\d.]+%$/)
      .first()
      .waitFor();
    assert.deepEqual(await axe(ministry), [], 'consortium dashboard with targets');

    const visitor = await newPage({ viewport: { width: 390, height: 844 } });
    await visitor.goto(`${app.url}/progress/LALALAND-2025`);
    await visitor.getByRole('heading', { name: '내일을 꿈꾸는 LA-LA LAnd 진행 현황', level: 1 }).waitFor();
    await visitor.getByText('하반기 성과 공유회').waitFor();
    await visitor
      .getByText(shown.replace('명', '') + '명')
      .first()
      .waitFor();
    assert.deepEqual(await axe(visitor), [], 'the public progress page');
    assert.equal(await overflow(visitor), 0, 'the public page wider than a phone');

    const phone = await newPage({ viewport: { width: 390, height: 844 } });
    await signIn(phone, app.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${app.url}/dashboards`);
    await phone.getByRole('article', { name: '참여자(실인원)' }).waitFor();
    await phone.getByText(/5명 미만인 칸/).waitFor();
    assert.equal(await phone.getByRole('table', { name: '기관별' }).count(), 0, 'a member sees no other member’s figures');
    assert.deepEqual(await axe(phone), [], 'a member’s dashboard on a phone');
    assert.equal(await overflow(phone), 0, 'the dashboard wider than a phone');
  });

  test('a survey: Saha opens it, a participant answers once from the slip’s link on a phone, the results and the KPI follow', async () => {
    const saha = await newPage();
    await signIn(saha, app.url, 'saha.staff@lalaland.test');
    await saha.waitForURL(/\/home/);
    await saha.goto(`${app.url}/programmes`);
    await saha.getByRole('link', { name: '디지털 마케팅 창업 과정 (샘플)' }).first().click();
    await saha.getByRole('heading', { name: '만족도 조사', level: 2 }).waitFor();
    await saha.getByText('아직 만족도 조사를 열지 않았습니다.').waitFor();
    await saha.getByRole('button', { name: '만족도 조사 열기' }).click();
    await saha.getByText(/^응답 0명 \/ 대상 \d+명 \(결과에 반영 0명\)$/).waitFor();
    await saha.getByRole('link', { name: '참여자별 링크·QR 인쇄' }).click();
    await saha.getByRole('heading', { name: /만족도 조사 안내$/, level: 1 }).waitFor();
    await saha.locator('img[src^="data:image/png"]').first().waitFor();
    assert.deepEqual(await axe(saha), [], 'the slips');
    const link = await saha
      .getByText(/\/s\/[A-Za-z0-9_-]{38}$/)
      .first()
      .innerText();

    const person = await newPage({ viewport: { width: 390, height: 844 } });
    await person.goto(link);
    await person.getByRole('heading', { name: '만족도 조사', level: 1 }).waitFor();
    await person.getByText(/디지털 마케팅 창업 과정/).waitFor();
    assert.deepEqual(await axe(person), [], 'the survey form on a phone');
    assert.equal(await overflow(person), 0, 'the survey wider than a phone');
    await person.getByRole('button', { name: '응답 보내기' }).click();
    await person.getByText('다섯 문항 모두 골라 주세요.').waitFor();
    for (const group of await person.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '5 매우 만족' }).check();
    await person.getByLabel('의견(선택)').fill('실습이 많아서 좋았어요');
    await person.getByRole('button', { name: '응답 보내기' }).click();
    await person.getByText('응답해 주셔서 감사합니다.').waitFor();
    await person.reload();
    await person.getByText('이 링크로는 이미 응답하셨습니다. 감사합니다.').waitFor();
    assert.deepEqual(await axe(person), [], 'already answered');

    await saha.goBack();
    // one answer is counted, never shown: it joins the results with four others, or at close
    await saha.getByText(/^응답 1명 \/ 대상 \d+명 \(결과에 반영 0명\)$/).waitFor();
    await saha.getByRole('row', { name: /전반적으로 이 프로그램에 만족하십니까\? – 0 · 0 · 0 · 0 · 0/ }).waitFor();
    await saha.getByRole('button', { name: '조사 마감' }).click();
    await saha.getByRole('dialog').getByRole('button', { name: '조사 마감' }).click();
    await saha.getByText(/^응답 1명 \/ 대상 \d+명 \(결과에 반영 1명\)$/).waitFor();
    await saha.getByRole('row', { name: /전반적으로 이 프로그램에 만족하십니까\? 5 0 · 0 · 0 · 0 · 1/ }).waitFor();
    assert.deepEqual(await axe(saha), [], 'the programme page with the survey');
  });

  test('the Ministry result report: asked by the lead, its progress shown, its XLSX and PDF kept', async () => {
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    await lead.getByRole('link', { name: '결과보고서', exact: true }).click();
    await lead.getByRole('heading', { name: '결과보고서', level: 1 }).waitFor();
    await lead.getByRole('combobox', { name: '사업' }).selectOption({ label: '내일을 꿈꾸는 LA-LA LAnd (2025)' });
    await lead.getByText('아직 만든 보고서가 없습니다.').waitFor();
    await lead.getByLabel('사업 성과 서술').fill('세대가 함께 배우는 과정을 처음 열었습니다.');
    assert.deepEqual(await axe(lead), [], 'the reports page');
    await lead.getByRole('button', { name: '보고서 만들기' }).click();
    await lead.getByText('보고서를 만들기 시작했습니다. 아래에서 진행 상황을 볼 수 있습니다.').waitFor();
    await lead.getByText('완료', { exact: true }).waitFor({ timeout: 30_000 });
    await lead.getByRole('link', { name: /LALALAND-2025-2025-결과보고서\.pdf/ }).waitFor();
    await lead.getByRole('link', { name: /LALALAND-2025-2025-결과보고서\.xlsx/ }).waitFor();
    const pdf = await lead.evaluate(async () => {
      const a = [...document.querySelectorAll('a')].find(
        (x) => x.textContent?.endsWith('.pdf') || x.getAttribute('download')?.endsWith('.pdf'),
      );
      const res = await fetch(a.getAttribute('href'));
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        head: new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5)),
      };
    });
    assert.deepEqual(pdf, { status: 200, type: 'application/pdf', head: '%PDF-' });
    assert.deepEqual(await axe(lead), [], 'a finished report');
  });
});
