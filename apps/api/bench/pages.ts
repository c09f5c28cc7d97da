/**
 * `npm run bench -- pages [--write]`: the ten portal pages staff open most, each as the portal asks for it (its own
 * operations, read from apps/web's sources), every request computed (RESPONSE_CACHE=off), on the `npm run seed:scale`
 * data set, one client: a page's time is from its first request to its last answer (the home page's cards load in
 * parallel, as in the browser). Target: p95 < 50 ms each. BENCH_DATA_DIR keeps the seeded data between runs.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stop, waitFor } from './processes';
import { gql, signInAs } from './load';
import { latency, type LatencyRow } from './link';
import { scaleEnv, seedScale, startApi } from './learn';

/** Every named operation of the portal's sources (graphql(`…`) blocks), with the fragments it spreads. */
function portalOperations(webSrc: string): Map<string, string> {
  const blocks: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory() && e.name !== 'gql') walk(p);
      else if (/\.tsx?$/.test(e.name)) for (const m of readFileSync(p, 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)) blocks.push(m[1]!);
    }
  };
  walk(webSrc);
  const fragments = new Map(blocks.flatMap((b) => [...b.matchAll(/fragment (\w+) on/g)].map((m) => [m[1]!, b] as const)));
  const ops = new Map<string, string>();
  for (const b of blocks) {
    const name = /^\s*query (\w+)/.exec(b)?.[1];
    if (!name) continue;
    const spread = [...new Set([...b.matchAll(/\.\.\.(\w+)/g)].map((m) => m[1]!))].filter(
      (f) => fragments.has(f) && !b.includes(`fragment ${f} on`),
    );
    ops.set(name, [b, ...spread.map((f) => fragments.get(f)!)].join('\n'));
  }
  return ops;
}

export async function benchPages(apiRoot: string, repoRoot: string): Promise<{ rows: LatencyRow[]; notes: string[] }> {
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'lalaland-bench-pages-'));
  const env = scaleEnv(dataDir);
  const notes = [await seedScale(apiRoot, repoRoot, env, !kept)];
  const rows: LatencyRow[] = [];
  const ops = portalOperations(join(repoRoot, 'apps/web/src'));
  let child: ChildProcess | null = null;
  try {
    const port = await freePort();
    child = startApi(apiRoot, repoRoot, { ...env, RESPONSE_CACHE: 'off' }, port);
    await waitFor(child, 'portal and API ready', 120_000);
    const origin = `http://127.0.0.1:${port}`;
    const url = `${origin}/graphql`;
    const city = await signInAs(url, 'city.admin@lalaland.test');
    const ask = async (name: string, variables: Record<string, unknown> = {}, cookie = city) => {
      const query = ops.get(name);
      if (!query) throw new Error(`the portal has no operation ${name}`);
      const r = await gql(url, query, variables, cookie);
      if (r.errors) throw new Error(`${name}: ${JSON.stringify(r.errors).slice(0, 300)}`);
      return r.data;
    };
    // What the pages open: the city's biggest programme, one of its sessions with a full sheet, a stream, a referral.
    const me = await gql(url, '{ me { activeOrganization { id } } }', {}, city);
    const organizationId = me.data.me.activeOrganization.id as string;
    const { programmes } = await gql(
      url,
      '{ programmes(limit: 50) { items { id enrolmentCounts { enrolled } sessions { id } } } }',
      {},
      city,
    ).then((r) => r.data);
    const biggest = (
      programmes.items as Array<{ id: string; enrolmentCounts: { enrolled: number }; sessions: Array<{ id: string }> }>
    ).sort((a, b) => b.enrolmentCounts.enrolled - a.enrolmentCounts.enrolled)[0]!;
    // The attendance sheet is its host's: the district staff member whose own programme has the most enrolments.
    let sheet = { sessionId: '', cookie: '', enrolled: -1 };
    for (const email of ['saha.staff@lalaland.test', 'nam.staff@lalaland.test', 'yeonje.staff@lalaland.test']) {
      const cookie = await signInAs(url, email);
      const r = await gql(
        url,
        '{ me { activeOrganization { id } } programmes(limit: 50) { items { host { id } enrolmentCounts { enrolled } sessions { id } } } }',
        {},
        cookie,
      );
      for (const p of r.data.programmes.items as Array<{
        host: { id: string };
        enrolmentCounts: { enrolled: number };
        sessions: Array<{ id: string }>;
      }>)
        if (p.host.id === r.data.me.activeOrganization.id && p.sessions.length && p.enrolmentCounts.enrolled > sheet.enrolled)
          sheet = { sessionId: p.sessions[0]!.id, cookie, enrolled: p.enrolmentCounts.enrolled };
    }
    if (!sheet.cookie) throw new Error('no district programme with sessions');
    const { fundingStreams } = (await ask('DashboardStreams')) as { fundingStreams: Array<{ id: string; fiscalYear: number }> };
    const streamId = (fundingStreams.find((f) => f.fiscalYear === 2025) ?? fundingStreams[0]!).id;
    // A referral, as one of the organizations it joins sees it (the demo's referrals are between districts and partners).
    let referral: { id: string; cookie: string } | undefined;
    for (const email of ['city.admin@lalaland.test', 'saha.staff@lalaland.test', 'univ.staff@lalaland.test', 'nam.staff@lalaland.test'])
      for (const b of ['OUTBOX', 'INBOX']) {
        if (referral) break;
        const cookie = email.startsWith('city') ? city : await signInAs(url, email);
        const id = ((await ask('ReferralBox', { box: b }, cookie)) as { referrals: { items: Array<{ id: string }> } }).referrals.items[0]
          ?.id;
        if (id) referral = { id, cookie };
      }
    const referralId = referral?.id;
    const week = { from: '2025-06-09T00:00:00+09:00', to: '2025-06-16T00:00:00+09:00' };
    const home = [
      ['AnnouncementList', { unreadOnly: true, limit: 5 }],
      ['ReferralBox', { box: 'INBOX' }],
      ['DueFollowUps', { days: 7 }],
      ['MeetingList', { limit: 5 }],
      ['MyProgrammes', { organizationId }],
      ['MyWeekSessions', week],
      ['NotificationList', { unreadOnly: true, limit: 5 }],
      ['PrivacyRequestCounts', {}],
      ['ProgrammeApprovalQueue', {}],
      ['TaskList', { mine: true, limit: 5 }],
      ['StreamTotals', {}],
    ] as const;
    const pages: Array<[string, () => Promise<unknown>]> = [
      [`home: ${home.length} cards at once (${home.map(([n]) => n).join(', ')})`, () => Promise.all(home.map(([n, v]) => ask(n, v)))],
      ['programme page (its sessions, roster counts, offer)', () => ask('ProgrammePage', { id: biggest.id })],
      [
        `attendance sheet of a session (${sheet.enrolled} enrolled; its host’s staff)`,
        () => ask('AttendanceSheet', { sessionId: sheet.sessionId }, sheet.cookie),
      ],
      ['stream dashboard, every card', () => ask('KpiDashboard', { kind: 'STREAM', streamId, year: 2025 })],
      ...(referral
        ? ([['a referral (as one of its organizations)', () => ask('ReferralDetail', { id: referral.id }, referral.cookie)]] as Array<
            [string, () => Promise<unknown>]
          >)
        : []),
      ['task list', () => ask('TaskList', { limit: 20 })],
      ['search "협의회"', () => ask('Search', { text: '협의회' })],
      ['mentors (the pool)', () => ask('MentorPool', {})],
      ['calendar week', () => ask('SessionCalendar', week)],
      [
        'catalogue (public, HTML)',
        async () => {
          const res = await fetch(`${origin}/catalogue`, { headers: { 'accept-encoding': 'gzip' } });
          if (res.status !== 200) throw new Error(`catalogue ${res.status}`);
          await res.arrayBuffer();
        },
      ],
    ];
    for (const [name, run] of pages) rows.push(await latency(name, run, 200));
    if (!referralId) notes.push('No referral was found for the district and partner staff: the referral page was not measured.');
    const over = rows.filter((r) => r.p95 >= 50);
    notes.push(
      over.length
        ? `Over the 50 ms p95 target: ${over.map((r) => `${r.scenario.split(':')[0]} (${r.p95} ms)`).join(', ')}.`
        : 'Every page under the 50 ms p95 target.',
    );
  } finally {
    if (child) await stop(child);
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
  return { rows, notes };
}
