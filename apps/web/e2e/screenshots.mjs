// Screenshots of the portal for docs/screenshots (README): the home of my work, a programme page, an attendance
// sheet, search and a closed year of a funding stream, at desktop and phone size, on the demo data. `npm run screenshots -w @lalaland/web` (after a build).
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, signIn, startServer } from './harness.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer();
const chrome = await launchBrowser();
try {
  for (const [size, viewport, mobile] of [
    ['desktop', { width: 1280, height: 900 }, false],
    ['phone', { width: 390, height: 844 }, true],
  ]) {
    const page = await (
      await chrome.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport, isMobile: mobile, hasTouch: mobile })
    ).newPage();
    await signIn(page, server.url, 'nam.staff@lalaland.test');
    await page.waitForURL(/\/home/);
    await page.getByRole('heading', { name: /^우리 기관 프로그램 \(\d+\)/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, `home-${size}.png`) });
    await page.goto(`${server.url}/programmes`);
    await page.getByLabel('프로그램명 검색').fill('AI·온라인 수업 지원 봉사단');
    await page.getByRole('link', { name: 'AI·온라인 수업 지원 봉사단' }).first().click();
    await page.getByRole('heading', { name: 'AI·온라인 수업 지원 봉사단', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, `programme-${size}.png`) });
    await page.goto(`${server.url}/programmes`);
    await page.getByLabel('프로그램명 검색').fill('AI 학습코치 양성과정');
    await page.getByRole('link', { name: 'AI 학습코치 양성과정' }).first().click();
    await page
      .getByRole('link', { name: /^출석 체크 \(/ })
      .first()
      .click();
    await page.getByRole('heading', { name: '출석 체크' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, `attendance-${size}.png`) });
    await page.goto(`${server.url}/search?q=${encodeURIComponent('디지털')}`);
    await page.getByText(/건을 찾았습니다/).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, `search-${size}.png`) });
    // The 2025 year, closed (the demo closes Nam-gu's past years at start): settlement and frozen figures below the budget.
    await page.goto(`${server.url}/funding`);
    await page.getByRole('article').filter({ hasText: '2025년도' }).getByRole('link', { name: '배움온플러스' }).click();
    await page.getByRole('heading', { name: '예산 현황', level: 2 }).waitFor();
    await page.getByRole('heading', { name: '확정 성과지표' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, `stream-${size}.png`), fullPage: true });
  }
  console.log(`screenshots written to ${out}`);
} finally {
  await chrome.close();
  await server.stop();
}
