import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { seoulDate } from '@lalaland/shared';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { CHECK_ITEM, MARK_READ, NOTIFICATIONS, SAVE_TASK, SET_PREFERENCE, TALLY, TASK, TASKS, TASK_STATUS } from './support/coordination';

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

const tomorrow = () => seoulDate(Date.now() + 86_400_000);
const inDays = (n: number) => seoulDate(Date.now() + n * 86_400_000);

describe('coordination: tasks across organizations, notifications in the portal, live and by e-mail', () => {
  let t: TestApp, smtp: Awaited<ReturnType<typeof smtpSink>>;
  let city: Client, saha: Client, nam: Client;
  let stream: string, sahaOrg: string, cityOrg: string;
  const settle = async (app: TestApp = t) => {
    while ((await app.app.get(OutboxWorker).drain()) > 0);
  };

  beforeAll(async () => {
    smtp = await smtpSink();
    t = await startTestApp([], { SMTP_URL: smtp.url, OUTBOX_WORKER: 'off' });
    [city, saha, nam] = await Promise.all([
      t.as('city.admin@lalaland.test'),
      t.as('saha.staff@lalaland.test'),
      t.as('nam.staff@lalaland.test'),
    ]);
    stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    [sahaOrg, cityOrg] = await Promise.all([t.orgId('SAHA'), t.orgId('BUSAN')]);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('the lead asks Saha-gu for a task: Saha is told (bell and e-mail in Korean), works it through its checklist, and the lead is told it is done', async () => {
    const task = (
      await city.gql(SAVE_TASK, {
        i: {
          title: '3분기 실적 자료 제출',
          assigneeOrganizationId: sahaOrg,
          streamId: stream,
          dueOn: inDays(10),
          priority: 'HIGH',
          checklist: [{ text: '출석부 스캔', done: false }],
        },
      })
    ).data!.saveTask;
    expect(task).toMatchObject({ status: 'OPEN', askedByMe: true, assigneeOrganization: { shortCode: 'SAHA' } });
    await settle();
    const told = (await saha.gql(NOTIFICATIONS, {})).data!;
    expect(told.unreadNotificationCount).toBe(1);
    expect(told.notifications.items[0]).toMatchObject({
      kind: 'TASK_ASSIGNED',
      title: '부산광역시: 새 업무 「3분기 실적 자료 제출」',
      link: `/tasks/${task.id}`,
      readAt: null,
    });
    const mail = smtp.mails.find((m) => m.subject?.includes('3분기 실적 자료 제출'))!;
    expect(mail.to).toMatchObject({ text: 'saha.staff@lalaland.test' });
    expect(mail.subject).toBe('[LA-LA LAnd] 부산광역시: 새 업무 「3분기 실적 자료 제출」');
    expect(mail.text).toContain(`/tasks/${task.id}`);
    expect(mail.text).toContain('받을 메일은 여기에서 고를 수 있습니다');
    expect((await city.gql(NOTIFICATIONS, {})).data!.unreadNotificationCount).toBe(0); // the asker is not told of its own request

    expect((await saha.gql(TASK, { id: task.id })).data!.task.allowedSteps).toEqual(['IN_PROGRESS']);
    expect(Client.code(await saha.gql(TASK_STATUS, { id: task.id, s: 'DONE' }))).toBe('TASK_CHECKLIST_INCOMPLETE');
    expect(Client.code(await saha.gql(TASK_STATUS, { id: task.id, s: 'CANCELLED' }))).toBe('FORBIDDEN'); // only the asker cancels
    expect((await saha.gql(CHECK_ITEM, { id: task.id, index: 0, done: true })).data!.checkTaskItem.allowedSteps).toContain('DONE');
    expect((await saha.gql(TASK_STATUS, { id: task.id, s: 'DONE' })).data!.setTaskStatus.status).toBe('DONE');
    await settle();
    const lead = (await city.gql(NOTIFICATIONS, {})).data!;
    expect(lead.notifications.items[0]).toMatchObject({
      kind: 'TASK_DONE',
      title: '부산광역시 사하구에서 「3분기 실적 자료 제출」 업무를 완료했습니다',
    });
    expect(Client.code(await saha.gql(TASK_STATUS, { id: task.id, s: 'CANCELLED' }))).toBe('FORBIDDEN');

    // Read one; someone else's notification id is NOT_FOUND and marks nothing.
    const mine = told.notifications.items[0]!.id;
    expect(Client.code(await city.gql(MARK_READ, { ids: [mine] }))).toBe('NOTIFICATION_NOT_FOUND');
    const marked = await saha.gql(MARK_READ, { ids: [mine] });
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markNotificationsRead).toBe(0);
  });

  it('role × organization: the asker, the assignee and the stream’s lead see a task; other districts and the ministry do not; the lead sees the stream by organization', async () => {
    const own = await saha.gql(SAVE_TASK, { i: { title: '사하 내부 업무', assigneeOrganizationId: sahaOrg } });
    expect(own.errors).toBeUndefined();
    const task = own.data!.saveTask;
    const toCity = (await saha.gql(SAVE_TASK, { i: { title: '시에 요청', assigneeOrganizationId: cityOrg, streamId: stream } })).data!
      .saveTask;
    await expectAccess(
      t,
      TASK,
      { id: toCity.id },
      {
        sahaStaff: 'ok',
        cityAdmin: 'ok',
        platformAdmin: 'ok',
        namStaff: 'TASK_NOT_FOUND',
        yeonjeStaff: 'TASK_NOT_FOUND',
        ministryViewer: 'TASK_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    // An internal task (no stream) stays inside the organization.
    await expectAccess(t, TASK, { id: task.id }, { sahaStaff: 'ok', cityAdmin: 'TASK_NOT_FOUND', namStaff: 'TASK_NOT_FOUND' });
    expect(Client.code(await nam.gql(SAVE_TASK, { i: { title: 'x', assigneeOrganizationId: sahaOrg, streamId: stream } }))).toBe(
      'TASK_ASSIGNEE_NOT_IN_STREAM',
    );
    expect(Client.code(await saha.gql(SAVE_TASK, { i: { title: 'x', assigneeOrganizationId: await t.orgId('NAM') } }))).toBe(
      'TASK_ASSIGNEE_NOT_IN_STREAM',
    );
    expect(Client.code(await nam.gql(TASK_STATUS, { id: toCity.id, s: 'DONE' }))).toBe('TASK_NOT_FOUND');
    expect(
      Client.code(await city.gql(SAVE_TASK, { i: { id: toCity.id, title: '바꿈', assigneeOrganizationId: cityOrg, streamId: stream } })),
    ).toBe('FORBIDDEN'); // only the asker edits
    expect(
      Client.code(await (await t.as('viewer@lalaland.test')).gql(SAVE_TASK, { i: { title: 'x', assigneeOrganizationId: sahaOrg } })),
    ).toBe('FORBIDDEN');
    const tally = (await city.gql(TALLY, { streamId: stream })).data!.streamTaskTally;
    expect(tally.find((r) => r.organizationId === cityOrg)).toMatchObject({ open: 1 });
    expect(Client.code(await saha.gql(TALLY, { streamId: stream }))).toBe('FORBIDDEN');
    expect((await nam.gql(TASKS, { view: 'ASKED' })).data!.tasks.items.map((x) => x.id)).not.toContain(toCity.id);
  });

  it('the day-before reminder fires once, even when its delivery is repeated, and not at all for a due date that moved', async () => {
    const task = (
      await city.gql(SAVE_TASK, { i: { title: '내일 마감 업무', assigneeOrganizationId: sahaOrg, streamId: stream, dueOn: tomorrow() } })
    ).data!.saveTask;
    // Due at 09:00 Seoul today (the day before): between midnight and nine it is still ahead, so the clock is moved to it.
    await t.db.query(
      "UPDATE outbox_message SET available_at = LEAST(available_at, now()) WHERE event = 'task.reminder' AND payload->>'taskId' = $1",
      [task.id],
    );
    await settle();
    const due = async () =>
      (
        (await t.db.query("SELECT count(*)::int AS n FROM notification WHERE kind = 'TASK_DUE' AND link = $1", [
          `/tasks/${task.id}`,
        ])) as Array<{ n: number }>
      )[0]!.n;
    expect(await due()).toBe(1);
    // The same reminder delivered again (as after a crash between the handler and the commit): nobody is told twice.
    await t.db.query("UPDATE outbox_message SET delivered_at = NULL WHERE event = 'task.reminder' AND payload->>'taskId' = $1", [task.id]);
    await settle();
    expect(await due()).toBe(1);

    // A reminder for a later date waits; when the date moves, the old reminder finds nothing to say.
    const later = (
      await city.gql(SAVE_TASK, { i: { title: '다음 주 마감', assigneeOrganizationId: sahaOrg, streamId: stream, dueOn: inDays(7) } })
    ).data!.saveTask;
    await settle();
    const pending = (await t.db.query("SELECT available_at FROM outbox_message WHERE event = 'task.reminder' AND payload->>'taskId' = $1", [
      later.id,
    ])) as Array<{ available_at: Date }>;
    expect(seoulDate(pending[0]!.available_at)).toBe(inDays(6));
    await city.gql(SAVE_TASK, {
      i: { id: later.id, title: '다음 주 마감', assigneeOrganizationId: sahaOrg, streamId: stream, dueOn: inDays(9) },
    });
    await t.db.query("UPDATE outbox_message SET available_at = now() WHERE event = 'task.reminder' AND payload->>'dueOn' = $1", [
      inDays(7),
    ]);
    await settle();
    expect(
      (
        (await t.db.query("SELECT count(*)::int AS n FROM notification WHERE kind = 'TASK_DUE' AND link = $1", [
          `/tasks/${later.id}`,
        ])) as Array<{ n: number }>
      )[0]!.n,
    ).toBe(0);
  });

  it('e-mail follows each person’s choice: off sends nothing, the digest gathers news into one Korean message at 08:00', async () => {
    expect(
      (await saha.gql(SET_PREFERENCE, { kind: 'TASK_ASSIGNED', email: 'OFF' })).data!.setNotificationPreference.find(
        (p) => p.kind === 'TASK_ASSIGNED',
      )!.email,
    ).toBe('OFF');
    await saha.gql(SET_PREFERENCE, { kind: 'TASK_DONE', email: 'DIGEST' });
    const before = smtp.mails.length;
    await city.gql(SAVE_TASK, { i: { title: '메일 없이 배정', assigneeOrganizationId: sahaOrg, streamId: stream } });
    await settle();
    expect(smtp.mails.length).toBe(before);
    expect((await saha.gql(NOTIFICATIONS, { unreadOnly: true })).data!.notifications.items[0]!.title).toContain('메일 없이 배정'); // the bell still tells

    // Two pieces of news for the city (TASK_DONE is a digest kind by default): one digest, scheduled for 08:00 Seoul.
    for (const title of ['첫째 소식', '둘째 소식']) {
      const x = (await city.gql(SAVE_TASK, { i: { title, assigneeOrganizationId: sahaOrg, streamId: stream } })).data!.saveTask;
      await saha.gql(TASK_STATUS, { id: x.id, s: 'DONE' });
    }
    await settle();
    const [digest] = (await t.db.query(
      "SELECT available_at FROM outbox_message WHERE event = 'notification.digest' AND delivered_at IS NULL",
    )) as Array<{ available_at: Date }>;
    expect(
      new Intl.DateTimeFormat('en', { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hour12: false }).format(
        digest!.available_at,
      ),
    ).toBe('08:00');
    await t.db.query("UPDATE outbox_message SET available_at = now() WHERE event = 'notification.digest'");
    await settle();
    const digests = smtp.mails.filter((m) => m.subject?.startsWith('[LA-LA LAnd] 새 알림'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.to).toMatchObject({ text: 'city.admin@lalaland.test' });
    expect(digests[0]!.text).toContain('첫째 소식');
    expect(digests[0]!.text).toContain('둘째 소식');
  });
});
