import { seoulDate } from '@lalaland/shared';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { applicationsFixture, type ApplicationsFixture } from './support/applications';
import { RECORD } from './support/enrolments';
import { DASHBOARD } from './support/kpis';
import { SERIES, STATUS, mondayAhead } from './support/learn';
import { FOLLOW_UPS } from './support/outcomes';
import { ASK_FOLLOW_UP } from './support/citizens';
import { expectAccess } from './support/access-matrix';

describe('follow-ups answered by the person: a text with a link to a short form, a SELF_REPORTED outcome, the staff’s turn after a week', () => {
  let w: ApplicationsFixture;
  let ours: string[];
  const listed = async () =>
    (await w.f.saha.gql(FOLLOW_UPS, { days: 0 })).data!.followUps.items.map((f) => f.id).filter((x) => ours.includes(x));
  const answering = '010-7711-4401';
  const silent = '010-7711-4402';
  const drain = async () => {
    for (let i = 0; i < 20 && (await w.f.t.app.get(OutboxWorker).drain()) > 0; i++);
  };

  beforeAll(async () => {
    w = await applicationsFixture();
    const id = await w.programme('컴퓨터 활용 능력', { selection: 'FIRST_COME' }, 5);
    const [session] = (
      await w.f.saha.gql(SERIES, {
        i: {
          programmeId: id,
          firstDate: mondayAhead(21),
          weekdays: [1],
          count: 1,
          startTime: '10:00',
          endTime: '12:00',
          onlineUrl: 'https://x.test/o',
        },
      })
    ).data!.createSessionSeries;
    await w.apply(id, { name: '윤답장', phone: answering });
    await w.apply(id, { name: '오무응', phone: silent });
    const enrolments = (await w.f.t.db.query("SELECT id FROM enrolment WHERE programme_id = $1 AND status = 'ENROLLED'", [id])) as Array<{
      id: string;
    }>;
    expect((await w.f.saha.gql(STATUS, { id, s: 'RUNNING' })).errors).toBeUndefined();
    await w.f.saha.gql(RECORD, {
      i: { sessionId: session!.id, entries: enrolments.map((e) => ({ enrolmentId: e.id, status: 'PRESENT' as const })) },
    });
    expect((await w.f.saha.gql(STATUS, { id, s: 'COMPLETED' })).errors).toBeUndefined();
    await drain();
    // Three months on: the first follow-ups fall due today and their messages are released.
    await w.f.t.db.query("UPDATE follow_up SET due_on = (now() AT TIME ZONE 'Asia/Seoul')::date WHERE months = 3 AND programme_id = $1", [
      id,
    ]);
    await w.f.t.db.query(
      "UPDATE outbox_message SET available_at = now() WHERE event = 'follow_up.due' AND payload->>'followUpId' IN (SELECT id::text FROM follow_up WHERE months = 3 AND programme_id = $1)",
      [id],
    );
    // The worker in the background may be delivering some of them: wait for both texts.
    for (let i = 0; i < 100 && w.sms.sent.filter((m) => m.text.includes('수료 3개월')).length < 2; i++) {
      await drain();
      await new Promise((r) => setTimeout(r, 50));
    }
    ours = ((await w.f.t.db.query('SELECT id FROM follow_up WHERE months = 3 AND programme_id = $1', [id])) as Array<{ id: string }>).map(
      (r) => r.id,
    );
    expect(ours).toHaveLength(2);
  });
  afterAll(() => w?.close());

  it('texts each person a link; the answer closes the follow-up with self-reported outcomes; the staff are not asked to call meanwhile', async () => {
    const text = w.sms.sent.find((m) => m.to === answering.replace(/\D/g, '') && m.text.includes('수료 3개월'))!;
    expect(text.text).toContain('컴퓨터 활용 능력 수료 3개월, 요즘 어떻게 지내세요?');
    const path = /\/my\/follow-up\/[A-Za-z0-9_-]{43}/.exec(text.text)![0];
    // Waiting for the people's answers: not on the staff's list, no reminder to call.
    expect(await listed()).toEqual([]);
    expect(await w.f.count("SELECT count(*) AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE'")).toBe(0);

    const form = await w.html(path);
    expect(form.status).toBe(200);
    expect(form.text).toContain('요즘 어떻게 지내세요?');
    expect(form.text).not.toContain('윤답장');
    const done = await w.html(path, { working: 'yes', employmentType: 'PART_TIME', study: 'yes' });
    expect(done.text).toContain('답해 주셔서 고맙습니다');
    expect(
      await w.f.t.db.query(
        "SELECT o.kind, o.employment_type AS type, o.source FROM outcome o JOIN participant p ON p.id = o.participant_id WHERE p.name = '윤답장' ORDER BY o.kind",
      ),
    ).toEqual([
      { kind: 'EMPLOYED', type: 'PART_TIME', source: 'SELF_REPORTED' },
      { kind: 'FURTHER_LEARNING', type: null, source: 'SELF_REPORTED' },
    ]);
    expect((await w.html(path, { working: 'yes' })).status).toBe(409);
    expect((await w.html('/my/follow-up/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);

    // The answer rate: one of the two asked answered themselves.
    const d = (await w.f.saha.gql(DASHBOARD, { kind: 'ORGANIZATION', year: Number(seoulDate().slice(0, 4)) })).data?.kpiDashboard;
    expect(d?.figures.find((x) => x.code === 'FOLLOW_UP_ANSWER_RATE')?.actual).toBe(50);
  });

  it('unanswered after a week: on the staff’s list and their reminder, as before', async () => {
    await w.f.t.db.query("UPDATE follow_up SET asked_at = asked_at - interval '8 days' WHERE asked_at IS NOT NULL");
    await w.f.t.db.query(
      "UPDATE outbox_message SET available_at = now() WHERE event = 'follow_up.due' AND delivered_at IS NULL AND available_at > now() AND available_at < now() + interval '8 days'",
    );
    const told = () => w.f.count("SELECT count(*) AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE'");
    for (let i = 0; i < 100 && !(await told()); i++) {
      await drain();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await listed()).toHaveLength(1);
    expect(await w.f.count("SELECT count(*) AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE'")).toBeGreaterThan(0);
  });

  it('staff can ask by text before the due day instead of calling: only the holding organization, only with consent, once', async () => {
    const [six] = (await w.f.t.db.query(
      "SELECT f.id FROM follow_up f JOIN participant p ON p.id = f.participant_id WHERE f.months = 6 AND p.name = '윤답장'",
    )) as Array<{ id: string }>;
    await expectAccess(
      w.f.t,
      ASK_FOLLOW_UP,
      { id: six!.id },
      { yeonjeStaff: 'FOLLOW_UP_NOT_FOUND', cityAdmin: 'FOLLOW_UP_NOT_FOUND', ministryViewer: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    );
    expect((await w.f.saha.gql(ASK_FOLLOW_UP, { id: six!.id })).data!.askFollowUp.status).toBe('PENDING');
    const texts = () => w.sms.sent.filter((m) => m.to === answering.replace(/\D/g, '') && m.text.includes('수료 6개월'));
    for (let i = 0; i < 100 && !texts().length; i++) {
      await drain();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(texts()).toHaveLength(1);
    expect(await w.f.count('SELECT count(*) AS n FROM audit_event WHERE action = $1', ['follow_up.ask_by_text'])).toBe(1);
  });
});
