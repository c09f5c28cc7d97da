// The crawl (issue 28, item 12): every route each demo login can reach — from its home, following the portal's own links
// breadth-first, one page per route pattern (/programmes/:id once), plus a page that does not exist and one the login
// may not open — on a desktop (1,366 px) and a phone (390 px). On every page: axe finds nothing; on a phone no page is
// wider than the screen, and every button, field, checkbox, radio, menu entry and button-like link is at least 44 px in
// its smaller dimension (links inside running text and table cells excepted). One list per login, so a failure shows all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, browserSession, signIn } from './harness.mjs';

/**
 * The demo logins, two files' worth (crawl-*.test.mjs run side by side). Every `npm test` crawls one login of each kind
 * of role — the platform admin, the lead's admin, a district's staff, the ministry's viewer — on a phone, and the first
 * of each file on a desktop too (within the suite's time); CRAWL=all crawls all eight at both sizes (`npm run test:crawl`).
 */
export const LOGINS = {
  leads: ['admin@lalaland.test', 'city.admin@lalaland.test', 'nam.admin@lalaland.test', 'yeonje.admin@lalaland.test'],
  staff: ['saha.staff@lalaland.test', 'viewer@lalaland.test', 'nam.staff@lalaland.test', 'univ.staff@lalaland.test'],
};
const ALL = process.env.CRAWL === 'all';
const crawled = (list) => (ALL ? list : list.slice(0, 2));
const sizesFor = (list, email) => (ALL || email === list[0] ? SIZES : SIZES.filter((s) => s.name === 'phone'));
const SIZES = [
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];
/** Not pages of the portal: downloads, files, the citizens' server-rendered door (crawled by catalogue.test.mjs), signing out. */
const SKIP = /^\/(documents|exports|imports|apply|catalogue|public|s\/|graphql|auth|health)/;
const MAX_PAGES = 70;

/** /programmes/3f…/import → /programmes/:id/import (a route pattern, visited once). */
const patternOf = (path) =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')
    .replace(/\/(verify|progress|certificates)\/[^/]+/, '/$1/:code');

/** Waits until the page has drawn its answer: a main heading, nothing loading, the markup still for 100 ms. */
async function settled(page) {
  await page
    .waitForFunction(
      () => {
        const w = window;
        const html = document.body.innerHTML.length;
        const ready = !!document.querySelector('main h1') && !document.querySelector('.mantine-Loader-root, [aria-busy="true"]');
        const stable = ready && w.__crawlLength === html && performance.now() - w.__crawlSince > 100;
        if (w.__crawlLength !== html || !ready) [w.__crawlLength, w.__crawlSince] = [html, performance.now()];
        return stable;
      },
      null,
      { timeout: 10_000, polling: 50 },
    )
    .catch(() => {});
}

/** Controls under 44 px in their smaller dimension on a phone, and whether the page is wider than the screen. */
function phoneProblems() {
  const small = [];
  const box = (el) => el.getBoundingClientRect();
  const visible = (el) => {
    const r = box(el);
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const name = (el) =>
    `${(el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || '').trim().slice(0, 30)}${el.type ? `[${el.type}]` : ''} in .${String(el.parentElement?.className ?? '').split(' ')[0]}`;
  const check = (el, target = el) => {
    if (!visible(target)) return;
    const r = box(target);
    if (Math.min(r.width, r.height) < 43.5)
      small.push(`${el.tagName.toLowerCase()} "${name(el)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  };
  // A field: its drawn box (a password field's input sits inside its wrapper's border).
  for (const el of document.querySelectorAll(
    'button, [role="button"], select, textarea, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
  ))
    if (!el.closest('.mantine-Checkbox-root, .mantine-Radio-root, .mantine-Switch-root'))
      check(el, el.matches('input, select, textarea') ? (el.closest('.mantine-Input-wrapper') ?? el) : el);
  // A checkbox or radio: its label (the whole clickable line) is the target.
  for (const el of document.querySelectorAll('input[type="checkbox"], input[type="radio"]')) {
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : el.closest('label');
    check(el, label ?? el);
  }
  // Menu entries and links dressed as buttons or cards.
  for (const el of document.querySelectorAll('nav a, header a, a.mantine-Button-root, a.mantine-NavLink-root, a[data-card]')) check(el);
  return { small: [...new Set(small)], overflow: document.documentElement.scrollWidth > window.innerWidth + 1 };
}

/** The crawl's tests for these logins, on one server. */
export function crawlAs(logins) {
  const app = browserSession();
  const { newPage } = app;

  for (const email of crawled(logins))
    test(`${email}: axe finds nothing and phone controls are 44 px on every page it reaches`, async () => {
      const problems = [];
      const reached = new Set();
      for (const size of sizesFor(logins, email)) {
        const page = await newPage({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });
        await signIn(page, app.url, email);
        await page.waitForURL(/\/home/);
        const seen = new Set();
        const queue = ['/home', '/no-such-page', '/api-keys', '/admin/graphql'];
        let visited = 0;
        while (queue.length && visited < MAX_PAGES) {
          const path = queue.shift();
          seen.add(patternOf(path));
          visited++;
          // Inside the app, as a click on a link would (no reload): the router listens to popstate.
          if (visited === 1) await page.goto(app.url + path);
          else
            await page.evaluate((p) => {
              history.pushState(null, '', p);
              dispatchEvent(new PopStateEvent('popstate'));
            }, path);
          const t0 = performance.now();
          await settled(page);
          const t1 = performance.now();
          const at = `${size.name} ${patternOf(path)}`;
          reached.add(patternOf(path));
          // GraphiQL's tab strip is its own markup (each tab holds its close button: nested-interactive), and its editors
          // colour the code's tokens in steps after they render (a scan under load caught an intermediate colour); the rest
          // of the playground page is scanned like any other.
          const exclude = patternOf(path) === '/admin/graphql' ? ['.graphiql-tabs', '.view-lines'] : [];
          for (const v of await axe(page, { exclude })) problems.push(`${at}: ${v}`);
          if (process.env.CRAWL_TIMES) console.log(`${at} settle ${Math.round(t1 - t0)} axe ${Math.round(performance.now() - t1)}`);
          if (size.name === 'phone') {
            const { small, overflow } = await page.evaluate(phoneProblems);
            if (overflow) problems.push(`${at}: wider than the screen`);
            for (const s of small) problems.push(`${at}: under 44 px: ${s}`);
          }
          const links = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')));
          for (const href of links) {
            const p = href.split(/[?#]/)[0];
            if (SKIP.test(p) || seen.has(patternOf(p)) || queue.some((q) => patternOf(q) === patternOf(p))) continue;
            queue.push(p);
          }
        }
        await page.context().close();
      }
      console.log(`${email}: ${reached.size} routes`);
      assert.deepEqual(problems, []);
    });
}
