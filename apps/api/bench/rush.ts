/**
 * `npm run bench -- rush [--write]`: the opening rush ("수강신청 대란") on a fresh embedded PostgreSQL — a first-come
 * programme of 30 seats, 2,000 applicants who each asked for a phone code (read from a local Solapi server), then all
 * 2,000 confirm within one second. Issue 27's target: exactly 30 enrolled, the rest waitlisted in arrival order, every
 * applicant answered, no HTTP 5xx, p99 under 2 s on this machine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { startDemoServer } from './processes';
import { day, hostSide } from './hosts';
import { pct, type Row } from './load';
import { solapiServer } from './solapi-sink';

const APPLICANTS = 2000;
const SEATS = 30;
const phoneOf = (i: number) => `010-5${String(Math.floor(i / 10000)).padStart(3, '0')}-${String(i % 10000).padStart(4, '0')}`;

async function pool<T>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

export async function benchRush(apiRoot: string, repoRoot: string): Promise<{ rows: Row[]; notes: string[] }> {
  const sms = await solapiServer();
  const server = await startDemoServer(apiRoot, repoRoot, 'rush', {
    ...sms.env,
    APPLY_PER_ADDRESS_PER_HOUR: '1000000', // every applicant comes from this one loopback address here
    SMS_MONTHLY_BUDGET: '100000',
  });
  const serverLog: string[] = [];
  for (const stream of [server.child.stdout!, server.child.stderr!]) stream.on('data', (d: Buffer) => serverLog.push(d.toString()));
  try {
    const origin = server.origin;
    const { saha, ok, listed } = await hostSide(origin);
    const id = await listed({ titleKo: '인기 강좌 (수강신청 대란)', capacity: SEATS, startsOn: day(14) }, 24);

    // Before the rush: every applicant has filled in the form and holds the code texted to them.
    const drafts: string[] = [];
    const started = Date.now();
    await pool([...Array(APPLICANTS).keys()], 20, async (i) => {
      const r = await fetch(`${origin}/apply/${id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ name: `신청자${i}`, phone: phoneOf(i), birthYear: String(1950 + (i % 50)), consent: 'yes' }).toString(),
      });
      const draft = /name="draft" value="([0-9a-f-]{36})"/.exec(await r.text())?.[1];
      if (!draft) throw new Error(`applicant ${i}: no code page (${r.status})`);
      drafts[i] = draft;
    });
    for (let t = 0; t < 600 && sms.sent.filter((m) => m.text.includes('인증번호')).length < APPLICANTS; t++)
      await new Promise((r) => setTimeout(r, 100));
    const codeOf = new Map(sms.sent.filter((m) => m.text.includes('인증번호')).map((m) => [m.to, /인증번호 (\d{6})/.exec(m.text)![1]!]));
    const prepared = (Date.now() - started) / 1000;

    // The rush: 2,000 confirmations spread over one second (Node's fetch opens as many connections as it needs).
    const cpu = () => {
      // CPU seconds so far of the API process and of every PostgreSQL process (utime + stime, in clock ticks of 1/100 s).
      const ticks = (pid: string) => {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return (Number(f[11]) + Number(f[12])) / 100;
      };
      const pg = readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .filter((d) => {
          try {
            return readFileSync(`/proc/${d}/comm`, 'utf8').startsWith('postgres');
          } catch {
            return false;
          }
        });
      return { api: ticks(String(server.child.pid)), pg: pg.reduce((n, d) => n + ticks(d), 0) };
    };
    const cpuBefore = cpu();
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const t0 = Date.now() + 200;
    await Promise.all(
      drafts.map(async (draft, i) => {
        await new Promise((r) => setTimeout(r, Math.max(0, t0 + (i * 1000) / APPLICANTS - Date.now())));
        const start = performance.now();
        const r = await fetch(`${origin}/apply/${id}/confirm`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ draft, code: codeOf.get(phoneOf(i).replace(/\D/g, '')) ?? '' }).toString(),
        });
        await r.text();
        latencies.push(performance.now() - start);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }),
    );
    const wall = (Date.now() - t0) / 1000;
    const cpuAfter = cpu();
    const cpuNote = `CPU during the rush: API process ${(cpuAfter.api - cpuBefore.api).toFixed(1)} s, PostgreSQL ${(cpuAfter.pg - cpuBefore.pg).toFixed(1)} s`;
    console.log(cpuNote);
    latencies.sort((a, b) => a - b);
    const { programme } = await ok(saha, 'query($id: ID!) { programme(id: $id) { seatsTaken applications { number enrolmentStatus } } }', {
      id,
    });
    const apps = programme.applications as Array<{ number: number; enrolmentStatus: string }>;
    const enrolled = apps.filter((a) => a.enrolmentStatus === 'ENROLLED').length;
    const waitlisted = apps.filter((a) => a.enrolmentStatus === 'WAITLISTED').length;
    const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
    const row: Row = {
      server: 'LA-LA LAnd',
      scenario: `opening rush: ${APPLICANTS} confirmations in 1 s for ${SEATS} seats (first come)`,
      rps: Math.round(APPLICANTS / wall),
      p50: Math.round(pct(latencies, 50)),
      p99: Math.round(pct(latencies, 99)),
      errors: fivexx,
    };
    console.log(
      `${row.scenario}: all answered in ${wall.toFixed(1)} s, p50 ${row.p50} ms, p99 ${row.p99} ms, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    console.log(
      `enrolled ${enrolled} (seats taken ${programme.seatsTaken}), waitlisted ${waitlisted}, answered ${answered}/${APPLICANTS}, 5xx ${fivexx}`,
    );
    const notes = [
      cpuNote,
      `${APPLICANTS} applicants prepared in ${prepared.toFixed(0)} s (form, code texted through the outbox to a local Solapi server); then the rush: answered ${answered}/${APPLICANTS}, statuses ${JSON.stringify(Object.fromEntries(statuses))}, all answered ${wall.toFixed(1)} s after the first; enrolled **${enrolled}** of ${SEATS} seats, waitlisted ${waitlisted}, HTTP 5xx ${fivexx}`,
    ];
    if (fivexx)
      console.log(
        serverLog
          .join('')
          .split('\n')
          .filter((l) => /error/i.test(l))
          .slice(0, 3)
          .join('\n')
          .slice(0, 3000),
      );
    if (enrolled !== SEATS || waitlisted !== APPLICANTS - SEATS || fivexx || answered !== APPLICANTS)
      throw new Error(`the rush broke an invariant: ${notes[0]}`);
    return { rows: [row], notes };
  } finally {
    await server.close();
    await sms.close();
  }
}
