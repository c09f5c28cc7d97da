// Browser test of the funding pages: a district submits an expenditure, the lead approves it, the execution bar moves.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, fiscalYearNow, gql, ok, signIn } from './harness.mjs';

describe('funding in a real browser', () => {
  const app = browserSession();
  const { newPage } = app;
  /** The budget table row of Saha-gu's materials line, and the rate it shows. */
  const sahaMaterials = (page) => page.locator('tr[data-line]').filter({ hasText: '부산광역시 사하구' }).filter({ hasText: '재료비' });
  const rateOf = async (page) => (await sahaMaterials(page).getByTestId('rate').textContent()).trim();

  test('a district staff member submits an expenditure, the lead admin approves it, and the execution bar moves', async () => {
    const staff = await newPage();
    await signIn(staff, app.url, 'saha.staff@lalaland.test');
    await staff.getByRole('link', { name: '사업·예산' }).click();
    await staff.getByRole('heading', { name: '사업·예산' }).waitFor();
    const year2025 = staff.getByRole('article').filter({ hasText: '2025년도' }).getByRole('link', { name: '내일을 꿈꾸는 LA-LA LAnd' });
    await year2025.waitFor();
    assert.deepEqual(await axe(staff), [], 'streams list');
    assert.equal(await staff.getByRole('link', { name: '배움온플러스' }).count(), 0, 'only the streams Saha-gu is in');

    await year2025.click();
    await staff.getByRole('heading', { name: '내일을 꿈꾸는 LA-LA LAnd', level: 1 }).waitFor();
    assert.equal(await rateOf(staff), '0%');
    assert.equal(await staff.getByRole('row').filter({ hasText: '한국교육' }).count(), 0);
    assert.deepEqual(await axe(staff), [], 'stream page (member)');

    await staff.getByRole('button', { name: '집행 등록' }).click();
    const dialog = staff.getByRole('dialog', { name: '집행 등록' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '제출' }).click();
    // An empty amount is called missing (not "too small"); the checkbox and the button say different things.
    await dialog.getByText('필수 입력 항목입니다.').nth(2).waitFor();
    assert.equal(await dialog.getByText('필수 입력 항목입니다.').count(), 3, 'amount, date and description');
    await dialog.getByLabel('저장하면서 바로 승인을 요청합니다').waitFor();
    assert.deepEqual(await axe(staff), [], 'expenditure form with errors');
    const line = dialog.getByLabel('예산 항목');
    await line.selectOption(await line.locator('option', { hasText: '재료비' }).getAttribute('value'));
    await dialog.getByLabel(/^집행일/).fill('2025-07-15');
    await dialog.getByLabel(/^내용/).fill('디지털 교재 구입');
    // A negative amount is refused with the allowed range, never turned positive.
    await dialog.getByLabel(/^금액/).fill('-50000');
    await dialog.getByRole('button', { name: '제출' }).click();
    await dialog.getByText('1 이상이어야 합니다.').waitFor();
    assert.equal(await dialog.getByLabel(/^금액/).inputValue(), '-50,000');
    await dialog.getByLabel(/^금액/).fill('250000');
    await dialog.getByRole('button', { name: '제출' }).click();
    await staff.getByText('집행 내역을 제출했습니다. 주관기관의 승인을 기다립니다.').waitFor();
    await staff.getByRole('row').filter({ hasText: '디지털 교재 구입' }).getByText('승인 대기').waitFor();
    assert.equal(await rateOf(staff), '0%', 'a submitted expenditure does not count yet');

    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.getByRole('link', { name: '승인 대기' }).click();
    await lead.getByRole('heading', { name: '승인 대기' }).waitFor();
    const row = lead.getByRole('row').filter({ hasText: '디지털 교재 구입' });
    await row.waitFor();
    assert.deepEqual(await axe(lead), [], 'approval queue');
    await row.getByRole('button', { name: /^승인:/ }).click();
    // Approving asks first, naming the expenditure and its amount.
    const confirm = lead.getByRole('dialog', { name: '지출을 승인할까요?' });
    await confirm.getByText(/디지털 교재 구입 \(₩[\d,]+\) — 승인하면 예산 집행액에 반영되고/).waitFor();
    assert.deepEqual(await axe(lead), [], 'approval confirmation');
    await confirm.getByRole('button', { name: '승인' }).click();
    await lead.getByText('승인했습니다.').waitFor();
    await lead.getByRole('row').filter({ hasText: '디지털 교재 구입' }).waitFor({ state: 'detached' });
    // Undo where it is cheap: the notice (which stays while it offers an action) takes the approval back, the
    // expenditure returns to the queue; approving it again asks again.
    await lead.getByRole('status').getByRole('button', { name: '되돌리기' }).click();
    await lead.getByText(/^결정을 되돌렸습니다: .*디지털 교재 구입 — 다시 승인 대기 중입니다\.$/).waitFor();
    await row.getByRole('button', { name: /^승인:/ }).click();
    await confirm.getByRole('button', { name: '승인' }).click();
    await lead.getByText('승인했습니다.').waitFor();
    await lead.getByRole('row').filter({ hasText: '디지털 교재 구입' }).waitFor({ state: 'detached' });

    await lead.getByRole('link', { name: '사업·예산' }).click();
    await lead.getByRole('article').filter({ hasText: '2025년도' }).getByRole('link', { name: '내일을 꿈꾸는 LA-LA LAnd' }).click();
    await lead.getByRole('heading', { name: '내일을 꿈꾸는 LA-LA LAnd', level: 1 }).waitFor();
    await sahaMaterials(lead).waitFor();
    assert.equal(await rateOf(lead), '25%');
    assert.deepEqual(await axe(lead), [], 'stream page (lead)');

    await staff.reload();
    await sahaMaterials(staff).waitFor();
    assert.equal(await rateOf(staff), '25%', 'the bar moved for the district too');
    await staff.getByRole('row').filter({ hasText: '디지털 교재 구입' }).getByText('승인', { exact: true }).waitFor();

    // The XLSX download is offered and served.
    const href = await lead.getByRole('link', { name: '엑셀로 내려받기' }).getAttribute('href');
    const res = await lead.request.get(app.url + href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /spreadsheetml/);
  });

  test('the lead closes the 2025 year: what blocks it is said in the dialog, the settlement balances per source, the year is then read-only and a correction carries its reason', async () => {
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const { fundingStreams } = ok(await gql(lead, '{ fundingStreams { id code } }'));
    const stream = fundingStreams.find((s) => s.code === 'LALALAND-2025').id;
    await lead.goto(`${app.url}/funding/${stream}`);
    const panel = lead.getByRole('region', { name: '2025년도 마감' });
    await panel.getByText('사업 기간이 끝났습니다. 정산을 기록하고 연도를 마감할 수 있습니다.').waitFor();
    await panel.getByRole('button', { name: '연도 마감하기' }).click();
    const dialog = lead.getByRole('dialog', { name: '2025년도 마감: 정산' });
    await dialog.getByText(/마감하면 이 연도의 예산·지출·성과지표 목표는 읽기 전용이 되고/).waitFor();
    await dialog
      .getByLabel(/반납·이월 사유/)
      .first()
      .waitFor(); // the settlement draft has loaded
    for (const reason of await dialog.getByLabel(/반납·이월 사유/).all()) await reason.fill('사업 종료 후 미집행 잔액 반납');
    assert.deepEqual(await axe(lead), [], 'the settlement form');
    // The demo's submitted expenditure still waits for a decision: the dialog says so and nothing closes.
    await dialog.getByRole('button', { name: '마감하고 읽기 전용으로 바꾸기' }).click();
    await dialog
      .getByRole('alert')
      .filter({ hasText: /결정되지 않은 지출 \d+건이 있습니다/ })
      .waitFor();
    const { fundingStream } = ok(
      await gql(lead, 'query($s: ID!) { fundingStream(id: $s) { expenditures(status: SUBMITTED, limit: 100) { items { id } } } }', {
        s: stream,
      }),
    );
    for (const e of fundingStream.expenditures.items)
      ok(await gql(lead, 'mutation($id: ID!) { rejectExpenditure(id: $id, reason: "연도 종료") { id } }', { id: e.id }));
    // Without a result report the year does not close either.
    await dialog.getByRole('button', { name: '마감하고 읽기 전용으로 바꾸기' }).click();
    await dialog.getByRole('alert').filter({ hasText: '2025년 결과보고서를 먼저 만드세요' }).waitFor();
    const { requestReport } = ok(
      await gql(lead, 'mutation($s: ID!) { requestReport(input: { streamId: $s, year: 2025, kind: RESULT }) { id } }', { s: stream }),
    );
    for (let status = ''; status !== 'DONE'; await new Promise((r) => setTimeout(r, 200)))
      status = ok(await gql(lead, 'query($id: ID!) { reportRun(id: $id) { status } }', { id: requestReport.id })).reportRun.status;
    await dialog.getByRole('button', { name: '마감하고 읽기 전용으로 바꾸기' }).click();
    await lead.getByText('2025년도를 마감했습니다.').waitFor();
    await panel.getByText(/김부산 마감/).waitFor();
    await panel.getByRole('heading', { name: '확정 성과지표' }).waitFor();
    assert.deepEqual(await axe(lead), [], 'the closed year');

    // A correction: the reason is required, then listed with the closing.
    await panel.getByRole('button', { name: '정정하기' }).click();
    const fix = lead.getByRole('dialog', { name: '마감된 연도의 예산 정정' });
    await fix.getByRole('button', { name: '정정 기록' }).click();
    await fix.getByRole('alert').filter({ hasText: '마감된 연도입니다. 고치려면 정정 사유를 적으세요.' }).waitFor();
    await fix.getByLabel(/^정정 사유/).fill('교부 결정 변경 공문 (2026-03-10)');
    await fix.getByRole('button', { name: '정정 기록' }).click();
    await lead.getByText('정정을 기록했습니다.').waitFor();
    await panel.getByText(/교부 결정 변경 공문 \(2026-03-10\)/).waitFor();

    // On a phone the closed year reads without sideways scrolling of the page.
    const phone = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(phone, app.url, 'saha.staff@lalaland.test');
    await phone.waitForURL(/\/home/);
    await phone.goto(`${app.url}/funding/${stream}`);
    await phone.getByRole('region', { name: '2025년도 마감' }).getByText('정산', { exact: true }).waitFor();
    assert.deepEqual(await axe(phone), [], 'the closed year on a phone (member)');
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
  });

  test('the lead opens next year from this one: carried members are confirmed or removed, their budget waits as a draft', async () => {
    const year = fiscalYearNow();
    const lead = await newPage();
    await signIn(lead, app.url, 'city.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const { fundingStreams } = ok(await gql(lead, '{ fundingStreams { id code } }'));
    await lead.goto(`${app.url}/funding/${fundingStreams.find((s) => s.code === `LALALAND-${year}`).id}`);
    await lead.getByRole('button', { name: `${year + 1}년도 열기` }).click();
    await lead.getByRole('heading', { name: '내일을 꿈꾸는 LA-LA LAnd', level: 1 }).waitFor();
    await lead.waitForURL((url) => !url.pathname.endsWith(fundingStreams.find((s) => s.code === `LALALAND-${year}`).id));
    const members = lead.getByRole('region', { name: /^참여기관/ });
    await members.getByText(/지난해에서 이어온 참여기관 \d+곳을 확인하거나 제외하세요/).waitFor();
    await lead.getByText('초안 (지난해 계획)').first().waitFor();
    assert.deepEqual(await axe(lead), [], 'a year opened from the last');
    await members.getByRole('button', { name: '부산광역시 사하구 참여 확인' }).click();
    await lead.getByText('부산광역시 사하구의 참여를 확인했습니다. 예산 초안이 올해 계획이 되었습니다.').waitFor();
    await members.getByRole('button', { name: '부산광역시 북구 제외' }).click();
    const dialog = lead.getByRole('dialog', { name: '부산광역시 북구을(를) 올해 사업에서 제외할까요?' });
    await dialog.getByText(/지난해에서 이어온 예산 초안이 함께 삭제됩니다/).waitFor();
    await dialog.getByRole('button', { name: '제외' }).click();
    await lead.getByText('부산광역시 북구을(를) 제외했습니다.').waitFor();
    assert.equal(await members.getByRole('link', { name: '부산광역시 북구' }).count(), 0);
    assert.equal(await lead.locator('tr[data-line]').filter({ hasText: '부산광역시 사하구' }).getByText('초안 (지난해 계획)').count(), 0);
  });

  test('the demo lives in time: Nam-gu’s 2025 year is closed, as its lead would have, with its result report kept', async () => {
    const lead = await newPage();
    await signIn(lead, app.url, 'nam.admin@lalaland.test');
    await lead.waitForURL(/\/home/);
    const { fundingStreams } = ok(await gql(lead, '{ fundingStreams { id code closing { closedBy } } }'));
    const nam2025 = fundingStreams.find((s) => s.code === 'NAM-ONPLUS-2025');
    assert.ok(nam2025.closing, 'closed when the demo started');
    const { reportRuns } = ok(await gql(lead, 'query($s: ID!) { reportRuns(streamId: $s) { kind status keptAt } }', { s: nam2025.id }));
    assert.ok(
      reportRuns.some((r) => r.kind === 'RESULT' && r.status === 'DONE' && r.keptAt),
      'its result report kept as submitted',
    );
    await lead.goto(`${app.url}/funding/${nam2025.id}`);
    const panel = lead.getByRole('region', { name: '2025년도 마감' });
    await panel.getByText('사업 종료 후 미집행 잔액 반납 (샘플)').first().waitFor();
    assert.deepEqual(await axe(lead), [], 'a closed year of the demo');
  });
});
