// Browser test of the funding pages: a district submits an expenditure, the lead approves it, the execution bar moves.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn } from './harness.mjs';

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
});
