import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import WebSocket from 'ws';
import { print } from 'graphql';
import { graphql } from './gql';
import { createClient } from 'graphql-ws';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { LiveEvents } from '../src/core/live/live-events';
import { Client, startReplica, startTestApp, TestApp } from './support/app';
import { SAVE_TASK } from './support/coordination';

/** A local SMTP server that keeps what it receives (parsed), like a real mail system would. */
async function smtpSink(): Promise<{ url: string; mails: ParsedMail[]; close(): Promise<void> }> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((m) => void mails.push(m))
        .then(() => done(), done);
    },
  });
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = (probe.address() as { port: number }).port;
      probe.close(() => resolve(p));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((r) => server.close(() => r())) };
}

const INVITE = graphql(`
  mutation TestDeliveryInvite($o: ID!) {
    inviteMember(input: { organizationId: $o, email: "new.coordinator@example.kr", role: STAFF }) {
      acceptUrl
      invitation {
        id
      }
    }
  }
`);
const PREVIEW = graphql(`
  query TestDeliveryInvitation($t: String!) {
    invitation(token: $t) {
      email
    }
  }
`);
const SIGN_OUT = graphql(`
  mutation TestDeliverySignOut {
    signOut
  }
`);
const LIVE = graphql(`
  subscription TestLiveNotifications {
    notificationAdded {
      id
      kind
      title
      link
    }
  }
`);

describe('coordination: invitations by e-mail, exactly-once delivery, live across processes', () => {
  let t: TestApp, smtp: Awaited<ReturnType<typeof smtpSink>>;
  let city: Client, saha: Client;
  let stream: string, sahaOrg: string, cityOrg: string;
  const settle = async (app: TestApp = t) => {
    while ((await app.app.get(OutboxWorker).drain()) > 0);
  };

  beforeAll(async () => {
    smtp = await smtpSink();
    t = await startTestApp([], { SMTP_URL: smtp.url, OUTBOX_WORKER: 'off' });
    [city, saha] = await Promise.all([t.as('city.admin@lalaland.test'), t.as('saha.staff@lalaland.test')]);
    stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    [sahaOrg, cityOrg] = await Promise.all([t.orgId('SAHA'), t.orgId('BUSAN')]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('an invitation is e-mailed with a link of its own (its token never stored, only its hash); the admin’s copied link keeps working beside it', async () => {
    const made = await city.gql(INVITE, { o: cityOrg });
    const copied = made.data!.inviteMember.acceptUrl;
    await settle();
    const mail = smtp.mails.find((m) => (m.to as { text: string }).text === 'new.coordinator@example.kr')!;
    expect(mail.subject).toBe('[LA-LA LAnd] 부산광역시 초대 / Invitation from Busan Metropolitan City');
    expect(mail.text).toContain('부산광역시 담당자(으)로 초대했습니다');
    const emailed = /\/invitations\/([\w-]{40,})/.exec(mail.text!)![1]!;
    expect(copied.endsWith(emailed)).toBe(false);
    const outbox = JSON.stringify(await t.db.query("SELECT payload FROM outbox_message WHERE event = 'member.invited'"));
    expect(outbox).not.toContain(emailed);
    expect((await t.client().gql(PREVIEW, { t: emailed })).data).toEqual({ invitation: { email: 'new.coordinator@example.kr' } });
    expect((await t.client().gql(PREVIEW, { t: copied.split('/').pop()! })).data).toEqual({
      invitation: { email: 'new.coordinator@example.kr' },
    });
  });

  it('a notification is made exactly once when the process dies between the commit and the delivery', async () => {
    // A replica with no worker commits the task and stops before delivering; another process delivers it later.
    const dying = await startReplica(t, { OUTBOX_WORKER: 'off' });
    const c = await dying.as('city.admin@lalaland.test');
    const task = (await c.gql(SAVE_TASK, { i: { title: '재시작 후 전달', assigneeOrganizationId: sahaOrg, streamId: stream } })).data!
      .saveTask;
    await dying.close();
    const count = async () =>
      ((await t.db.query('SELECT count(*)::int AS n FROM notification WHERE link = $1', [`/tasks/${task.id}`])) as Array<{ n: number }>)[0]!
        .n;
    expect(await count()).toBe(0);
    await settle();
    const users = (
      (await t.db.query("SELECT count(*)::int AS n FROM membership WHERE organization_id = $1 AND role IN ('ORG_ADMIN', 'STAFF')", [
        sahaOrg,
      ])) as Array<{ n: number }>
    )[0]!.n;
    expect(await count()).toBe(users);
    await t.db.query("UPDATE outbox_message SET delivered_at = NULL WHERE event = 'task.assigned' AND payload->>'taskId' = $1", [task.id]);
    await settle();
    expect(await count()).toBe(users);
  });

  it('live: a notification made on one API process arrives over a graphql-ws subscription held on another (PostgreSQL LISTEN/NOTIFY)', async () => {
    const other = await startReplica(t, { OUTBOX_WORKER: 'off' });
    try {
      await other.app.get(LiveEvents).listening();
      const cookie = saha.cookie!; // the session made on the first process is valid on the second
      const ws = createClient({
        url: other.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, { headers: { cookie } });
          }
        },
      });
      const received: Array<{ title: string; kind: string }> = [];
      const subscribed = new Promise<void>((resolve, reject) => {
        ws.on('connected', () => setTimeout(resolve, 200));
        ws.subscribe<{ notificationAdded: { title: string; kind: string } }>(
          { query: print(LIVE) },
          { next: (v) => void (v.data && received.push(v.data.notificationAdded)), error: reject, complete: () => undefined },
        );
      });
      await subscribed;
      await city.gql(SAVE_TASK, { i: { title: '실시간 알림 확인', assigneeOrganizationId: sahaOrg, streamId: stream } });
      await settle(); // delivered by the first process
      for (let i = 0; i < 50 && !received.length; i++) await new Promise((r) => setTimeout(r, 100));
      expect(received).toEqual([expect.objectContaining({ kind: 'TASK_ASSIGNED', title: '부산광역시: 새 업무 「실시간 알림 확인」' })]);
      // Signing out (on the first process) closes the socket held on the other at once: 4401.
      const closed = new Promise<number>((resolve) => ws.on('closed', (e) => resolve((e as { code: number }).code)));
      expect((await saha.gql(SIGN_OUT, {})).data).toEqual({ signOut: true });
      expect(await closed).toBe(4401);
      await city.gql(SAVE_TASK, { i: { title: '로그아웃 뒤 알림', assigneeOrganizationId: sahaOrg, streamId: stream } });
      await settle();
      expect(received).toHaveLength(1);
      await ws.dispose();

      // Without a session the socket is closed with 4401 as soon as it says hello (hardening 2, item 10) …
      const closeCode = (headers: Record<string, string>) =>
        new Promise<number>((resolve) => {
          const raw = new WebSocket(other.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', { headers });
          raw.on('open', () => raw.send(JSON.stringify({ type: 'connection_init' })));
          raw.on('close', (code) => resolve(code));
        });
      expect(await closeCode({})).toBe(4401);
      // … and one session holds at most 5 sockets (the 6th: 4429), closed again when it signs out.
      const again = await t.as('saha.staff@lalaland.test');
      const held = await Promise.all(
        Array.from(
          { length: 5 },
          () =>
            new Promise<WebSocket>((resolve) => {
              const raw = new WebSocket(other.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', {
                headers: { cookie: again.cookie! },
              });
              raw.on('open', () => raw.send(JSON.stringify({ type: 'connection_init' })));
              raw.on('message', () => resolve(raw));
            }),
        ),
      );
      expect(await closeCode({ cookie: again.cookie! })).toBe(4429);
      const allClosed = Promise.all(held.map((h) => new Promise<number>((resolve) => h.on('close', (code) => resolve(code)))));
      await again.gql(SIGN_OUT, {});
      expect(new Set(await allClosed)).toEqual(new Set([4401]));
      const foreign = new WebSocket(other.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws', {
        headers: { origin: 'https://evil.example', cookie },
      });
      const status = await new Promise<number>((resolve) =>
        foreign.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)).on('open', () => resolve(101)),
      );
      expect(status).not.toBe(101); // refused before any upgrade (no preflight mark for a foreign Origin; verifyClient agrees)
    } finally {
      await other.close();
    }
  });
});
