// Starts the app exactly as `npm start` serves it (built portal + API on an embedded PostgreSQL), on its own data dir and a free port.
import { execFileSync, spawn } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { after, before } from 'node:test';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The fiscal year (March to February, Seoul) that holds today: the demo opens each stream's year up to it. */
/** A GraphQL request as the signed-in page makes it (its session cookie), for setting up what a test needs. */
export const gql = (page, query, variables = {}) =>
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

/** The data of a GraphQL answer, failing the test on any error. */
export const ok = (r) => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

export function fiscalYearNow() {
  const seoul = new Date(Date.now() + 9 * 3_600_000);
  return seoul.getUTCMonth() >= 2 ? seoul.getUTCFullYear() : seoul.getUTCFullYear() - 1;
}

/**
 * A data dir migrated and seeded once for this build of the API (keyed by its main.js) and copied for each test file, so
 * a file's server starts without initdb, migrations and seeding (~5 s and a core each). The first process to need it
 * makes it (a lock directory); the others wait for it. The cold path stays measured by the portal's file (`fresh`).
 */
async function templateDir() {
  const main = statSync(join(root, 'apps/api/dist/main.js'));
  const key = createHash('sha256').update(`${main.mtimeMs}:${main.size}`).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `lalaland-e2e-template-${key}`);
  const lock = `${dir}.lock`;
  for (let waited = 0; !existsSync(dir); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 180_000) throw new Error(`no template data dir after 3 minutes (${lock} held)`);
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      for (const old of readdirSync(tmpdir()).filter(
        (d) => d.startsWith('lalaland-e2e-template-') && !d.startsWith(`lalaland-e2e-template-${key}`),
      ))
        rmSync(join(tmpdir(), old), { recursive: true, force: true });
      const making = `${dir}.making`;
      rmSync(making, { recursive: true, force: true });
      const server = await boot(making, {});
      // The demo's past years close in the background after "ready": the template keeps them closed.
      for (let i = 0; i < 600 && !server.output().includes('demo: past years done'); i++) await new Promise((r) => setTimeout(r, 100));
      await server.stop(false);
      renameSync(making, dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

export async function startServer(extraEnv = {}, { fresh = false } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lalaland-e2e-'));
  // `cp -a`: the copy keeps owners and modes (as root, PostgreSQL runs as the `postgres` user and wants its 0700 data dir).
  if (!fresh) execFileSync('cp', ['-a', `${await templateDir()}/.`, dataDir]);
  return boot(dataDir, extraEnv);
}

async function boot(dataDir, extraEnv) {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (d) => {
      output += d;
      if (output.includes('portal and API ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  // The first page served: index.html and its entry script.
  const html = await (await fetch(`${url}/`)).text();
  const entry = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  if (!entry || (await fetch(url + entry)).status !== 200) throw new Error('the portal is not served');
  const firstPageMs = Date.now() - started;
  return {
    url,
    firstPageMs,
    output: () => output,
    async stop(remove = true) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      if (remove) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser: CHROMIUM_PATH, else Debian's Chromium when installed, else the Chromium that ships inside the npm
 * package @sparticuz/chromium (unpacked to /tmp on first use), so `npm install && npm test` needs nothing else.
 * LALALAND_BROWSER=packaged forces the packaged one.
 */
async function browserExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (process.env.LALALAND_BROWSER !== 'packaged' && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: packaged } = await import('@sparticuz/chromium');
  try {
    return await oneAtATime(() => packaged.executablePath());
  } catch (err) {
    throw new Error(
      `No browser for the browser tests: /usr/bin/chromium is missing and the packaged Chromium could not be unpacked (${err.message}). Install Debian's chromium or set CHROMIUM_PATH.`,
      { cause: err },
    );
  }
}

/**
 * Runs `fn` while no other test process does (a lock directory in the temporary folder): test files run two at a time,
 * and two of them unpacking the packaged Chromium to the same file at once made one launch fail with ETXTBSY. The
 * first unpacks; the others wait, then find it unpacked. A lock older than two minutes is a crashed run's: taken over.
 */
async function oneAtATime(fn) {
  const lock = join(tmpdir(), 'lalaland-chromium-unpack.lock');
  for (const started = Date.now(); ;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > 300_000)
        throw new Error('another test process has been unpacking Chromium for 5 minutes', { cause: err });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function launchBrowser() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lalaland-chromium-'));
  const browser = await chromium.launch({
    executablePath: await browserExecutable(),
    headless: true,
    args: [
      '--no-sandbox',
      '--no-zygote',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  // Every page runs under the server's Content-Security-Policy: anything it refuses fails the suite when it closes.
  const refused = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('console', (m) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|create|evaluate)/i.test(m.text())) refused.push(m.text());
    });
    return context;
  };
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (refused.length) throw new Error(`the Content-Security-Policy refused:\n${refused.join('\n')}`);
    },
  };
}

/** What axe found per page state (this process): one scan per distinct state, however many tests reach it. */
const scanned = new Map();

/**
 * The page's state as axe sees it: its address, viewport and markup, without the ids and references React and
 * Mantine make up afresh on every render (so two visits to one state are one state).
 */
async function pageState(page) {
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const stable = html.replace(/\s(?:id|for|name|aria-(?:labelledby|describedby|controls|owns|activedescendant))="[^"]*"/g, '');
  return createHash('sha256').update(`${page.url()}\u0000${page.viewportSize()?.width}\u0000${stable}`).digest('hex');
}

/** axe-core on the whole page (WCAG 2.1 A/AA); returns the violations, readable. A state scanned before is not scanned again. */
export async function axe(page, { exclude = [] } = {}) {
  const key = `${exclude.join(',')}\u0000${await pageState(page)}`;
  const known = scanned.get(key);
  if (known) return known;
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const sel of exclude) builder = builder.exclude(sel);
  const { violations } = await builder.analyze();
  const found = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  scanned.set(key, found);
  return found;
}

export async function signIn(page, url, email, password = 'lalaland2025') {
  await page.goto(url + '/');
  await page.getByLabel(/이메일|E-mail/).fill(email);
  await page.getByLabel(/^(비밀번호|Password)/).fill(password);
  await page.getByRole('button', { name: /^(로그인|Sign in)$/ }).click();
}

/**
 * A browser test file's setup, declared once: the app as `npm start` serves it (fresh data dir, free port) and a browser,
 * started before the file's tests and stopped after them. `url` is the app's address; `newPage(options)` opens a page in
 * a new context, in Korean and Seoul time. `onStart` sees the server as soon as it serves (the first page's time);
 * `fresh` starts it on an empty data dir (initdb, migrations, seed: the cold `npm start` path) instead of the template's copy.
 */
export function browserSession({ onStart, env, fresh = false } = {}) {
  let server;
  let chrome;
  before(async () => {
    server = await startServer(typeof env === 'function' ? await env() : env, { fresh });
    onStart?.(server);
    chrome = await launchBrowser();
  });
  after(async () => {
    await chrome?.close();
    await server?.stop();
  });
  return {
    get url() {
      return server.url;
    },
    // As a person who asked their device for less motion (the portal honours it): no transitions to wait for.
    newPage: async (options = {}) =>
      (await chrome.browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', reducedMotion: 'reduce', ...options })).newPage(),
  };
}

/**
 * A local stand-in for Solapi's message API (v4 send-many/detail), for the browser tests: it checks the request's
 * HMAC-SHA256 signature as Solapi does and keeps the texts, so a test reads the code a citizen would read on their
 * phone. (The API's tests and benchmarks use its TypeScript twin, apps/api/bench/solapi-sink.ts.)
 */
export async function smsSink(apiKey = 'E2EKEY', apiSecret = 'e2e-secret') {
  const sent = [];
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const auth = /^HMAC-SHA256 apiKey=([^,]+), date=([^,]+), salt=([^,]+), signature=([0-9a-f]+)$/.exec(req.headers.authorization ?? '');
      const ok =
        auth &&
        auth[1] === apiKey &&
        auth[4] ===
          createHmac('sha256', apiSecret)
            .update(auth[2] + auth[3])
            .digest('hex');
      res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
      if (!ok) return res.end(JSON.stringify({ errorCode: 'SignatureDoesNotMatch' }));
      const { messages } = JSON.parse(body);
      sent.push(...messages);
      res.end(
        JSON.stringify({
          groupInfo: { count: { total: messages.length, registeredFailed: 0 } },
          failedMessageList: [],
          messageList: messages.map((m, i) => ({ messageId: `E2E${sent.length}${i}`, to: m.to })),
        }),
      );
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    sent,
    env: { SOLAPI_API_KEY: apiKey, SOLAPI_API_SECRET: apiSecret, SOLAPI_SENDER: '0518880000', SOLAPI_BASE_URL: url },
    /** The latest code texted to a number, waiting up to 10 s for it. */
    async code(phone) {
      const to = phone.replace(/\D/g, '');
      for (let i = 0; i < 200; i++) {
        const m = sent.filter((x) => x.to === to && /인증번호 \d{6}/.test(x.text)).pop();
        if (m) return /인증번호 (\d{6})/.exec(m.text)[1];
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`no code texted to ${phone}`);
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

/**
 * A programme of this year's LA-LA LAnd stream (set up through the API the portal uses): created by `staff` with
 * `programme` over the defaults, proposed, approved by `lead`, recruiting, and listed on the public door with `offer`
 * (applications open since an hour ago). Answers its id.
 */
export async function listedProgramme(staff, lead, programme, offer) {
  const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
  const { initiatives } = ok(await gql(staff, '{ initiatives { id stream { code periodStart periodEnd } } }'));
  const initiative = initiatives.find(
    (i) => i.stream.code.startsWith('LALALAND') && i.stream.periodStart <= today && i.stream.periodEnd >= today,
  );
  const { createProgramme: p } = ok(
    await gql(staff, 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
      i: { initiativeId: initiative.id, pillar: 'LEARN', domain: 'LIBERAL_ARTS', format: 'OFFLINE', ...programme },
    }),
  );
  const status = 'mutation($id: ID!, $s: ProgrammeStatus!) { changeProgrammeStatus(id: $id, status: $s) { status } }';
  ok(await gql(staff, status, { id: p.id, s: 'PROPOSED' }));
  ok(await gql(lead, status, { id: p.id, s: 'APPROVED' }));
  ok(await gql(staff, status, { id: p.id, s: 'RECRUITING' }));
  ok(
    await gql(staff, 'mutation($i: ProgrammeOfferInput!) { saveProgrammeOffer(input: $i) { published } }', {
      i: { programmeId: p.id, published: true, feeWon: 0, applyFrom: new Date(Date.now() - 3_600_000).toISOString(), ...offer },
    }),
  );
  return p.id;
}
