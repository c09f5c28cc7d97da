/**
 * `npm run bench -- checkin [--write]`: self check-in by QR at one class (issue 30) on a fresh embedded PostgreSQL — 40
 * learners enrolled through the public door, each signed in to their space by a texted code (read from a local Solapi
 * server); then, over one minute, each scans the rotating QR code (the staff's screen asks for a new one every minute)
 * and taps once, while the staff's attendance screen listens over graphql-ws and reads the sheet again on each check-in.
 * Reported: each learner's scan (GET) and tap (POST) from send to full answer, the time from a tap to the staff's screen
 * being told, the sheet's read, and the invariants — 40 present, each once, every check-in told, no HTTP 5xx.
 */
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { startDemoServer } from './processes';
import { day, hostSide } from './hosts';
import { pct, type Row } from './load';
import { solapiServer } from './solapi-sink';

const LEARNERS = 40;
const SPREAD_MS = 60_000;
const phoneOf = (i: number) => `010-6${String(Math.floor(i / 10000)).padStart(3, '0')}-${String(i % 10000).padStart(4, '0')}`;
const seoul = (ms = 0) => new Date(Date.now() + 9 * 3_600_000 + ms);
const clock = (ms: number) => seoul(ms).toISOString().slice(11, 16);

export async function benchCheckIn(apiRoot: string, repoRoot: string): Promise<{ rows: Row[]; notes: string[] }> {
  const sms = await solapiServer();
  const server = await startDemoServer(apiRoot, repoRoot, 'checkin', {
    ...sms.env,
    APPLY_PER_ADDRESS_PER_HOUR: '1000000', // every learner comes from this one loopback address here
    SMS_MONTHLY_BUDGET: '100000',
  });
  const origin = server.origin;
  const form = (path: string, fields: Record<string, string>, cookie = '') =>
    fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
  const codeFor = async (phone: string, words: string) => {
    const to = phone.replace(/\D/g, '');
    for (let t = 0; t < 300; t++) {
      const m = sms.sent.filter((x) => x.to === to && x.text.includes(words)).pop();
      if (m) return /인증번호 (\d{6})/.exec(m.text)![1]!;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no code for ${phone}`);
  };
  try {
    const { saha, ok, listed } = await hostSide(origin);
    const id = await listed({ titleKo: '디지털 배움터 (QR 출석)', format: 'ONLINE', capacity: LEARNERS, startsOn: day(0) }, 1);
    const weekday = ((seoul().getUTCDay() + 6) % 7) + 1;
    const { createSessionSeries } = await ok(saha, 'mutation($i: SessionSeriesInput!) { createSessionSeries(input: $i) { id } }', {
      i: {
        programmeId: id,
        firstDate: day(0),
        weekdays: [weekday],
        count: 1,
        startTime: clock(-2 * 60_000) > clock(0) ? '00:00' : clock(-2 * 60_000),
        endTime: clock(90 * 60_000) < clock(0) ? '23:59' : clock(90 * 60_000),
        onlineUrl: 'https://class.test/qr',
      },
    });
    const sessionId = createSessionSeries[0].id as string;

    // Before class: each learner applied (form, code, seat) and signed in to their space (number, code, cookie).
    const started = Date.now();
    const cookies: string[] = [];
    await Promise.all(
      [...Array(LEARNERS).keys()].map(async (i) => {
        const phone = phoneOf(i);
        const draft = /name="draft" value="([0-9a-f-]{36})"/.exec(
          await (await form(`/apply/${id}`, { name: `학습자${i}`, phone, birthYear: String(1945 + (i % 40)), consent: 'yes' })).text(),
        )![1]!;
        await (await form(`/apply/${id}/confirm`, { draft, code: await codeFor(phone, '인증번호') })).text();
        const signIn = /name="id" value="([0-9a-f-]{36})"/.exec(await (await form('/my/sign-in', { phone, next: '/my' })).text())![1]!;
        const confirmed = await form('/my/sign-in/confirm', { id: signIn, code: await codeFor(phone, '내 학습 로그인 인증번호') });
        cookies[i] = /lalaland_citizen=[^;]+/.exec(confirmed.headers.get('set-cookie') ?? '')![0];
      }),
    );
    const prepared = (Date.now() - started) / 1000;

    // The minute of the class's start: the screen's code (asked again every minute) and the staff's sheet, which
    // listens (graphql-ws) and reads the sheet again on each check-in, as the portal does.
    let qr = (await ok(saha, 'query($id: ID!) { session(id: $id) { selfCheckIn { url refreshAt } } }', { id: sessionId })).session
      .selfCheckIn;
    const scans: number[] = [];
    const taps: number[] = [];
    const sheetTimes: number[] = [];
    const tapStarted: number[] = [];
    const arrived: number[] = [];
    const statuses = new Map<number, number>();
    const codesUsed = new Set<string>();
    const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
    const ws = createClient({
      url: `${origin.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(u: string, protocols: string[]) {
          super(u, protocols, { headers: { cookie: saha } });
        }
      },
    });
    const readSheet = async () => {
      const t = performance.now();
      await ok(saha, 'query($id: ID!) { attendanceSheet(sessionId: $id) { rows { status selfCheckedIn } } }', { id: sessionId });
      sheetTimes.push(performance.now() - t);
    };
    const reads: Array<Promise<void>> = [];
    await new Promise<void>((resolve, reject) => {
      ws.on('connected', () => setTimeout(resolve, 200));
      ws.subscribe(
        { query: 'subscription($id: ID!) { attendanceMarked(sessionId: $id) { enrolmentId status } }', variables: { id: sessionId } },
        {
          next: () => {
            arrived.push(performance.now());
            reads.push(readSheet());
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    let stop = false;
    const screen = (async () => {
      while (!stop) {
        if (Date.now() >= new Date(qr.refreshAt).getTime())
          qr = (await ok(saha, 'query($id: ID!) { session(id: $id) { selfCheckIn { url refreshAt } } }', { id: sessionId })).session
            .selfCheckIn;
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    const t0 = Date.now();
    await Promise.all(
      cookies.map(async (cookie, i) => {
        await new Promise((r) => setTimeout(r, (i * SPREAD_MS) / LEARNERS));
        const path = (qr.url as string).replace(/^https?:\/\/[^/]+/, '');
        codesUsed.add(path);
        let t = performance.now();
        const scan = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: 'manual' });
        const page = await scan.text();
        scans.push(performance.now() - t);
        count(scan.status);
        const action = /action="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
        const token = /name="t" value="([0-9a-f]{32})"/.exec(page)?.[1];
        if (!action || !token) return;
        t = performance.now();
        tapStarted.push(t);
        const tap = await form(action, { t: token }, cookie);
        await tap.text();
        taps.push(performance.now() - t);
        count(tap.status);
      }),
    );
    const wall = (Date.now() - t0) / 1000;
    stop = true;
    await screen;
    for (let i = 0; i < 50 && arrived.length < tapStarted.length; i++) await new Promise((r) => setTimeout(r, 100));
    await Promise.all(reads);
    await ws.dispose();
    // The taps are 1.5 s apart: the i-th message answers the i-th tap.
    const live = arrived.map((at, i) => at - (tapStarted[i] ?? at)).sort((x, y) => x - y);
    const { attendanceSheet } = await ok(saha, 'query($id: ID!) { attendanceSheet(sessionId: $id) { rows { status selfCheckedIn } } }', {
      id: sessionId,
    });
    const rowsNow = attendanceSheet.rows as Array<{ status: string | null; selfCheckedIn: boolean }>;
    const present = rowsNow.filter((r) => r.status === 'PRESENT' && r.selfCheckedIn).length;
    const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    for (const a of [scans, taps, sheetTimes]) a.sort((x, y) => x - y);
    const row = (scenario: string, a: number[], rps: number): Row => ({
      server: 'LA-LA LAnd',
      scenario,
      rps,
      p50: Math.round(pct(a, 50)),
      p99: Math.round(pct(a, 99)),
      errors: fivexx,
    });
    const rows = [
      row(`scan: the check-in page (${LEARNERS} learners in ${SPREAD_MS / 1000} s)`, scans, Math.round((scans.length / wall) * 10) / 10),
      row('tap: "출석합니다" → marked present', taps, Math.round((taps.length / wall) * 10) / 10),
      row('tap → the staff’s screen told (graphql-ws)', live, Math.round((live.length / wall) * 10) / 10),
      row('the staff’s sheet read again on each check-in', sheetTimes, Math.round((sheetTimes.length / wall) * 10) / 10),
    ];
    const notes = [
      `${LEARNERS} learners prepared in ${prepared.toFixed(0)} s (applied with a texted code, then signed in to their space with another); ${sms.sent.length} texts in all`,
      `over ${wall.toFixed(0)} s: ${present} of ${LEARNERS} marked present by themselves (each once), the staff's screen told of ${arrived.length}, statuses ${JSON.stringify(Object.fromEntries(statuses))}, HTTP 5xx ${fivexx}; the learners scanned ${codesUsed.size} successive QR codes (one a minute)`,
    ];
    for (const r of rows) console.log(`${r.scenario}: p50 ${r.p50} ms, p99 ${r.p99} ms`);
    for (const n of notes) console.log(n);
    if (present !== LEARNERS || fivexx || arrived.length !== LEARNERS) throw new Error(`the check-in broke an invariant: ${notes[1]}`);
    return { rows, notes };
  } finally {
    await server.close();
    await sms.close();
  }
}
