/**
 * `npm run bench -- replicas [--write]`: three API processes on one PostgreSQL behind a round-robin proxy on loopback,
 * started together on an empty database, and what must hold between them (each check throws when it does not):
 *   - migrations and the demo seed ran once (the advisory lock), every replica ready;
 *   - a session made on one replica is valid on every replica;
 *   - 200 concurrent enrolments through the proxy into 30 seats: exactly 30 enrolled;
 *   - 30 approvals of 300,000 won through the proxy against a 1,000,000 line: exactly 3 approved;
 *   - a notification caused on one replica reaches subscriptions on the two others;
 *   - a replica killed (SIGKILL) while the outbox delivers: every message delivered, each effect exactly once;
 *   - the programme list's throughput through the proxy with 1 and with 2 replicas (computed every time).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { freePort, SERVER_FLAGS, stop, waitFor } from './processes';
import { gql, measure, signInAs, type Row } from './load';
import { concurrentEnrolments } from './learn';
import { roundRobin } from './proxy';

const LIST =
  '{ programmes(limit: 50) { totalCount items { id titleKo status capacity seatsTaken host { nameKo } sessions { id startsAt endsAt } enrolmentCounts { enrolled waitlisted completed } } } }';

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`replicas: ${what}`);
  console.log(`ok: ${what}`);
}

export async function benchReplicas(apiRoot: string, repoRoot: string): Promise<{ rows: Row[]; notes: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lalaland-bench-replicas-'));
  const base = {
    ...process.env,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SECOND_FACTOR_REQUIRED: 'false', // demo logins sign in with their password (the second factor is production's default)
    PII_KEY: '7'.repeat(64),
    RESPONSE_CACHE: 'off',
  };
  const start = (env: NodeJS.ProcessEnv) =>
    spawn(process.execPath, [...SERVER_FLAGS, join(apiRoot, 'dist/main.js')], {
      cwd: repoRoot,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  // The first process only hosts the embedded PostgreSQL; the replicas share a database of their own on it.
  const host = start({
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    PORT: String(await freePort()),
    SEED_DEMO_DATA: 'false',
    OUTBOX_WORKER: 'off',
  });
  const replicas: ChildProcess[] = [];
  const rows: Row[] = [];
  const notes: string[] = [];
  const verify = (ok: boolean, what: string) => {
    check(ok, what);
    notes.push(`✓ ${what}`);
  };
  try {
    await waitFor(host, 'portal and API ready', 120_000);
    const pgPort = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')
      .split('\n')[3]!
      .trim();
    const { owner } = JSON.parse(readFileSync(join(dataDir, 'postgres-credentials.json'), 'utf8')) as { owner: string };
    const admin = new Client({ connectionString: `postgres://postgres:${owner}@127.0.0.1:${pgPort}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE replicas');
    await admin.end();
    const databaseUrl = `postgres://postgres:${owner}@127.0.0.1:${pgPort}/replicas`;
    const db = new Client({ connectionString: databaseUrl });
    db.on('error', () => undefined); // the server stops at the end, under this connection

    // Three replicas started at the same moment on the empty database.
    const ports = [await freePort(), await freePort(), await freePort()];
    const t0 = Date.now();
    for (const port of ports)
      replicas.push(start({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: String(port), SEED_DEMO_DATA: 'true' }));
    await Promise.all(replicas.map((r) => waitFor(r, 'portal and API ready', 120_000)));
    notes.push(`three replicas started together on an empty database: all ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await db.connect();
    const [m] = (await db.query('SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct FROM migrations')).rows as Array<{
      n: number;
      distinct: number;
    }>;
    const [u] = (await db.query("SELECT count(*)::int AS n FROM app_user WHERE email = 'city.admin@lalaland.test'")).rows as Array<{
      n: number;
    }>;
    verify(m!.n === m!.distinct && m!.n > 0 && u!.n === 1, `migrations ran once (${m!.n} rows, none twice) and the seed once`);

    const urls = ports.map((p) => `http://127.0.0.1:${p}/graphql`);
    const proxy = await roundRobin(ports);
    try {
      const via = `${proxy.url}/graphql`;
      const lead = await signInAs(via, 'city.admin@lalaland.test');
      const ids = await Promise.all(urls.map(async (url) => (await gql(url, '{ me { user { email } } }', {}, lead)).data?.me?.user?.email));
      verify(
        ids.every((e) => e === 'city.admin@lalaland.test'),
        'a session made through one replica is valid on all three',
      );

      const saha = await signInAs(via, 'saha.staff@lalaland.test');
      const enrol = await concurrentEnrolments(via, saha);
      rows.push({ server: 'three replicas behind the proxy', ...enrol });
      verify(true, '200 concurrent enrolments over three replicas: exactly 30 enrolled');

      const approvals = await concurrentApprovals(via, lead, saha, db);
      verify(
        approvals.approved === 3 && approvals.executed === 900_000,
        `30 approvals of ₩300,000 over three replicas against ₩1,000,000: ${approvals.approved} approved, ₩${approvals.executed.toLocaleString('en')} executed`,
      );

      const fanout = await crossReplicaNotification(urls, lead, saha, db);
      verify(fanout.received === 2, `a notification caused on replica 1 reached the subscriptions on replicas 2 and 3 in ${fanout.ms} ms`);

      const outbox = await killDuringDelivery(urls, replicas[0]!, lead, db);
      verify(
        outbox.delivered && outbox.notifications === outbox.expected,
        `replica 1 killed with ${outbox.pendingAtKill} messages undelivered: all delivered by the others, ${outbox.notifications} notifications for ${outbox.expected} expected`,
      );
      notes.push(
        `outbox: ${outbox.messages} announcements published on replica 1, which was killed (SIGKILL) with ${outbox.pendingAtKill} of their messages still undelivered; the two others delivered them all in ${outbox.seconds} s: ${outbox.notifications} notifications, exactly one per person and announcement`,
      );
    } finally {
      await proxy.close();
    }

    // Throughput: one replica alone, then two, through the proxy (the killed first one is not among them).
    const sign = await signInAs(urls[1]!, 'city.admin@lalaland.test');
    for (const upstream of [[ports[1]!], [ports[1]!, ports[2]!]]) {
      const p = await roundRobin(upstream);
      try {
        rows.push(
          await measure(
            `${upstream.length} replica${upstream.length > 1 ? 's' : ''} behind the proxy (computed every time)`,
            'programme list: 50 × (host, 10 sessions, counts)',
            `${p.url}/graphql`,
            LIST,
            { cookie: sign },
          ),
        );
      } finally {
        await p.close();
      }
    }
    const [one, two] = rows.slice(-2);
    notes.push(
      `the list (demo data: about 20 programmes a page) with 2 replicas is ${(two!.rps / one!.rps).toFixed(2)}× 1 replica on this 2-core machine, where the replicas, PostgreSQL, the proxy and the load generator share the two cores`,
    );
    await db.end();
  } finally {
    for (const r of replicas) await stop(r);
    await stop(host);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { rows, notes };
}

async function concurrentApprovals(via: string, lead: string, saha: string, db: Client) {
  const [{ stream, org }] = (
    await db.query(
      "SELECT s.id AS stream, o.id AS org FROM funding_stream s, organization o WHERE s.code = 'LALALAND-2025' AND o.short_code = 'SAHA'",
    )
  ).rows as [{ stream: string; org: string }];
  await db.query("DELETE FROM budget_line WHERE stream_id = $1 AND organization_id = $2 AND category = 'PROMOTION' AND source = 'OTHER'", [
    stream,
    org,
  ]);
  const line = await gql(
    via,
    'mutation($i: CreateBudgetLineInput!) { createBudgetLine(input: $i) { id } }',
    { i: { streamId: stream, organizationId: org, category: 'PROMOTION', source: 'OTHER', plannedAmount: 1_000_000 } },
    lead,
  );
  if (!line.data) throw new Error(JSON.stringify(line.errors));
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    const e = await gql(
      via,
      'mutation($i: ExpenditureInput!) { createExpenditure(input: $i) { id } }',
      {
        i: {
          budgetLineId: line.data.createBudgetLine.id,
          amount: 300_000,
          description: `홍보물 ${i}`,
          spentOn: '2025-09-01',
          submit: true,
        },
      },
      saha,
    );
    ids.push(e.data.createExpenditure.id);
  }
  const second = await signInAs(via, 'city.admin@lalaland.test');
  const results = await Promise.all(
    ids.map((id, i) => gql(via, 'mutation($id: ID!) { approveExpenditure(id: $id) { status } }', { id }, i % 2 ? lead : second)),
  );
  const approved = results.filter((r) => r.data?.approveExpenditure?.status === 'APPROVED').length;
  const [{ executed }] = (
    await db.query("SELECT coalesce(sum(amount), 0)::int AS executed FROM expenditure WHERE budget_line_id = $1 AND status = 'APPROVED'", [
      line.data.createBudgetLine.id,
    ])
  ).rows as [{ executed: number }];
  return { approved, executed };
}

function subscribe(url: string, cookie: string, onNext: () => void): () => void {
  const client = createClient({
    url: url.replace('http', 'ws'),
    lazy: false,
    webSocketImpl: class extends WebSocket {
      constructor(u: string, p: string[]) {
        super(u, p, { headers: { cookie } });
      }
    },
  });
  const unsubscribe = client.subscribe(
    { query: 'subscription { notificationAdded { id } }' },
    { next: onNext, error: () => undefined, complete: () => undefined },
  );
  return () => {
    unsubscribe();
    void client.dispose();
  };
}

async function announce(url: string, lead: string, db: Client, title: string) {
  const [{ stream, org }] = (
    await db.query(
      "SELECT s.id AS stream, o.id AS org FROM funding_stream s, organization o WHERE s.code = 'LALALAND-2025' AND o.short_code = 'SAHA'",
    )
  ).rows as [{ stream: string; org: string }];
  const r = await gql(
    url,
    'mutation($i: AnnouncementInput!) { publishAnnouncement(input: $i) { id } }',
    { i: { streamId: stream, title, body: '복제본 시험', audienceOrganizationIds: [org], audienceRoles: ['STAFF'] } },
    lead,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
}

async function crossReplicaNotification(urls: string[], lead: string, saha: string, db: Client) {
  let received = 0;
  let at = 0;
  const unsubscribe = [urls[1]!, urls[2]!].map((u) => subscribe(u, saha, () => ((received += 1), (at = performance.now()))));
  await new Promise((r) => setTimeout(r, 2000)); // both sockets open and subscribed
  const sent = performance.now();
  await announce(urls[0]!, lead, db, '복제본 사이 알림');
  for (let i = 0; i < 100 && received < 2; i++) await new Promise((r) => setTimeout(r, 50));
  unsubscribe.forEach((u) => u());
  return { received, ms: Math.round(at - sent) };
}

async function killDuringDelivery(urls: string[], victim: ChildProcess, lead: string, db: Client) {
  const [{ n: audience }] = (
    await db.query(
      "SELECT count(*)::int AS n FROM membership m JOIN organization o ON o.id = m.organization_id WHERE o.short_code = 'SAHA' AND m.role = 'STAFF'",
    )
  ).rows as [{ n: number }];
  const since = (await db.query('SELECT now() AS t')).rows[0].t as Date;
  const messages = 40;
  await Promise.all(Array.from({ length: messages }, (_, i) => announce(urls[0]!, lead, db, `중단 시험 ${i}`)));
  victim.kill('SIGKILL');
  const pending =
    "SELECT count(*)::int AS n FROM outbox_message WHERE event = 'announcement.published' AND created_at >= $1 AND delivered_at IS NULL";
  const [{ n: pendingAtKill }] = (await db.query(pending, [since])).rows as [{ n: number }];
  const t0 = Date.now();
  let left = pendingAtKill;
  while (left > 0 && Date.now() - t0 < 60_000) {
    await new Promise((r) => setTimeout(r, 250));
    [{ n: left }] = (await db.query(pending, [since])).rows as [{ n: number }];
  }
  const [{ n: notifications }] = (
    await db.query(
      "SELECT count(*)::int AS n FROM notification WHERE kind = 'ANNOUNCEMENT' AND created_at >= $1 AND title_ko LIKE '%중단 시험%'",
      [since],
    )
  ).rows as [{ n: number }];
  const [{ n: dead }] = (
    await db.query(
      "SELECT count(*)::int AS n FROM outbox_message WHERE event = 'announcement.published' AND created_at >= $1 AND dead_at IS NOT NULL",
      [since],
    )
  ).rows as [{ n: number }];
  return {
    messages,
    pendingAtKill,
    delivered: left === 0 && dead === 0,
    seconds: ((Date.now() - t0) / 1000).toFixed(1),
    notifications,
    expected: messages * audience,
  };
}
