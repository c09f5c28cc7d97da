import { seoulDate } from '@lalaland/shared';
import { Client, TestApp } from './support/app';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { expectAccess } from './support/access-matrix';
import { ENROL, SERIES, STATUS, learnFixture, type LearnFixture } from './support/learn';
import { RECORD } from './support/enrolments';
import {
  ADD_NOTE,
  CLOSE_FOLLOW_UP,
  FOLLOW_UPS,
  FOLLOW_UPS_SPLIT,
  JOURNEY,
  JOURNEY_RECORDS,
  RECORD_OUTCOME,
  SAVE_GOAL,
} from './support/outcomes';

/** Waits until `check` holds (the outbox worker delivers after commit), failing after a few seconds. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

describe('outcomes: goals, counselling, outcomes and follow-ups, for the organization holding the person only', () => {
  let t: TestApp, saha: Client, city: Client;
  let count: LearnFixture['count'],
    newProgramme: LearnFixture['newProgramme'],
    recruiting: LearnFixture['recruiting'],
    register: LearnFixture['register'];
  let completer: { id: string; enrolmentId: string; programmeId: string };

  beforeAll(async () => {
    ({ t, saha, city, count, newProgramme, recruiting, register } = await learnFixture());
    // A completer of a Saha-gu course (the completion schedules the follow-ups).
    const p = await newProgramme(saha, { titleKo: '취업 준비 과정', capacity: 5, completionRate: 50 });
    const [session] = (
      await saha.gql(SERIES, {
        i: {
          programmeId: p.id,
          firstDate: '2025-10-06',
          weekdays: [1],
          count: 1,
          startTime: '10:00',
          endTime: '12:00',
          onlineUrl: 'https://x.test/o',
        },
      })
    ).data!.createSessionSeries;
    await recruiting(p.id);
    const person = await register(saha, '한성과', '010-4545-6767');
    const e = (await saha.gql(ENROL, { p: p.id, x: person.id })).data!.enrol.id;
    await saha.gql(STATUS, { id: p.id, s: 'RUNNING' });
    await saha.gql(RECORD, { i: { sessionId: session!.id, entries: [{ enrolmentId: e, status: 'PRESENT' }] } });
    await saha.gql(STATUS, { id: p.id, s: 'COMPLETED' });
    completer = { id: person.id, enrolmentId: e, programmeId: p.id };
  });
  afterAll(() => t.close());

  it('a completion schedules follow-ups at +3, +6 and +12 months once, even when the completion event is delivered twice', async () => {
    const followUps = () => count('SELECT count(*) AS n FROM follow_up WHERE enrolment_id = $1', [completer.enrolmentId]);
    await until(async () => (await followUps()) === 3);
    await t.db.query(
      `INSERT INTO outbox_message (event, handler, payload, origin) SELECT event, handler, payload, origin FROM outbox_message
        WHERE event = 'enrolment.completed' AND handler = 'OutcomeEventsHandler.completed' AND payload->>'programmeId' = $1`,
      [completer.programmeId],
    );
    await t.app.get(OutboxWorker).drain();
    expect(await count("SELECT count(*) AS n FROM outbox_message WHERE event = 'enrolment.completed' AND delivered_at IS NULL")).toBe(0);
    expect(await followUps()).toBe(3);
    const rows = (await t.db.query(
      "SELECT months, due_on::text AS due, (status_changed_at AT TIME ZONE 'Asia/Seoul')::date::text AS done FROM follow_up f JOIN enrolment e ON e.id = f.enrolment_id WHERE f.enrolment_id = $1 ORDER BY months",
      [completer.enrolmentId],
    )) as Array<{ months: number; due: string; done: string }>;
    expect(rows.map((r) => r.months)).toEqual([3, 6, 12]);
    const plus = (day: string, months: number) => {
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months);
      return d.toISOString().slice(0, 10);
    };
    expect(rows.map((r) => r.due)).toEqual(rows.map((r) => plus(r.done, r.months)));

    // Each follow-up waits in the outbox for 09:00 Seoul on its day; then the holder's people are told, once.
    const reminders = (await t.db.query(
      "SELECT DISTINCT payload->>'dueOn' AS due, to_char(available_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD HH24:MI') AS at FROM outbox_message WHERE event = 'follow_up.due' AND payload->>'followUpId' IN (SELECT id::text FROM follow_up WHERE enrolment_id = $1) ORDER BY 1",
      [completer.enrolmentId],
    )) as Array<{ due: string; at: string }>;
    expect(reminders.map((r) => r.at)).toEqual(rows.map((r) => `${r.due} 09:00`));
    // The day comes (the clock moved by the follow-up's day and its message's release).
    await t.db.query("UPDATE follow_up SET due_on = (now() AT TIME ZONE 'Asia/Seoul')::date WHERE enrolment_id = $1 AND months = 3", [
      completer.enrolmentId,
    ]);
    await t.db.query("UPDATE outbox_message SET available_at = now() WHERE event = 'follow_up.due' AND payload->>'dueOn' = $1", [
      rows[0]!.due,
    ]);
    // The person can be texted: they are asked first, and the staff's reminder waits a week for their answer (the
    // worker in the background may be delivering: wait until nothing due is left).
    const due = () =>
      count("SELECT count(*) AS n FROM outbox_message WHERE event = 'follow_up.due' AND delivered_at IS NULL AND available_at <= now()");
    await until(async () => (await t.app.get(OutboxWorker).drain(), (await due()) === 0));
    expect(
      await count('SELECT count(*) AS n FROM follow_up WHERE enrolment_id = $1 AND asked_at IS NOT NULL', [completer.enrolmentId]),
    ).toBe(1);
    expect(await count("SELECT count(*) AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE'")).toBe(0);
    await t.db.query("UPDATE follow_up SET asked_at = asked_at - interval '8 days' WHERE enrolment_id = $1", [completer.enrolmentId]);
    await t.db.query(
      "UPDATE outbox_message SET available_at = now() WHERE event = 'follow_up.due' AND delivered_at IS NULL AND available_at > now()",
    );
    await until(async () => (await t.app.get(OutboxWorker).drain(), (await due()) === 0));
    expect(await count("SELECT count(*) AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE'")).toBeGreaterThan(0);
    expect(
      await count("SELECT count(*) AS n FROM notification WHERE kind = 'FOLLOW_UP_DUE' GROUP BY user_id ORDER BY 1 DESC LIMIT 1"),
    ).toBe(1);
  });

  it('role × organization: only the holding organization sees the journey records; other organizations’ ids answer NOT_FOUND', async () => {
    await saha.gql(SAVE_GOAL, { i: { participantId: completer.id, kind: 'CAREER', title: 'IT 회사 사무직 취업' } });
    await expectAccess(
      t,
      JOURNEY_RECORDS,
      { id: completer.id },
      {
        sahaStaff: 'ok',
        cityAdmin: 'PARTICIPANT_NOT_FOUND',
        namStaff: 'PARTICIPANT_NOT_FOUND',
        yeonjeStaff: 'PARTICIPANT_NOT_FOUND',
        ministryViewer: 'FORBIDDEN',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    const followUp = (
      (await t.db.query('SELECT id FROM follow_up WHERE enrolment_id = $1 AND months = 3', [completer.enrolmentId])) as Array<{
        id: string;
      }>
    )[0]!.id;
    const goal = ((await t.db.query('SELECT id FROM goal WHERE participant_id = $1', [completer.id])) as Array<{ id: string }>)[0]!.id;
    expect(Client.code(await city.gql(CLOSE_FOLLOW_UP, { i: { id: followUp, status: 'SKIPPED' } }))).toBe('FOLLOW_UP_NOT_FOUND');
    expect(Client.code(await city.gql(SAVE_GOAL, { i: { id: goal, participantId: completer.id, kind: 'CAREER', title: 'x' } }))).toBe(
      'PARTICIPANT_NOT_FOUND',
    );
    expect(
      Client.code(
        await city.gql(RECORD_OUTCOME, {
          i: { participantId: completer.id, kind: 'FURTHER_LEARNING', occurredOn: '2025-10-31', source: 'SELF_REPORTED' },
        }),
      ),
    ).toBe('PARTICIPANT_NOT_FOUND');
    expect((await city.gql(FOLLOW_UPS, { days: 366 })).data!.followUps.items.map((f) => f.id)).not.toContain(followUp);
    expect((await saha.gql(FOLLOW_UPS, { days: 366 })).data!.followUps.items.map((f) => f.id)).toContain(followUp);
    // Overdue apart from upcoming (so overdue work never looks scheduled), each in due order.
    const split = (await saha.gql(FOLLOW_UPS_SPLIT, {})).data!;
    const today = seoulDate();
    expect(split.overdue.items.every((f) => f.dueOn < today)).toBe(true);
    expect(split.upcoming.items.every((f) => f.dueOn >= today)).toBe(true);
    for (const list of [split.overdue.items, split.upcoming.items])
      expect(list.map((f) => f.dueOn)).toEqual(list.map((f) => f.dueOn).sort());
    const pending = await count(
      "SELECT count(*) AS n FROM follow_up WHERE status = 'PENDING' AND organization_id = $1 AND due_on < $2::date",
      [await t.orgId('SAHA'), today],
    );
    expect(split.overdue.totalCount).toBe(pending);
  });

  it('counselling notes are read by the holder only, and each read is logged', async () => {
    await saha.gql(ADD_NOTE, {
      i: { participantId: completer.id, occurredOn: '2025-11-01', body: '면접 준비가 부족하다고 느낌. 모의면접 연계.' },
    });
    const before = await count(
      "SELECT count(*) AS n FROM personal_data_access WHERE participant_id = $1 AND purpose = 'counselling-notes'",
      [completer.id],
    );
    const notes = (await saha.gql(JOURNEY_RECORDS, { id: completer.id })).data!.participant.counsellingNotes;
    expect(notes!.map((n) => n.body)).toEqual(['면접 준비가 부족하다고 느낌. 모의면접 연계.']);
    expect(
      await count("SELECT count(*) AS n FROM personal_data_access WHERE participant_id = $1 AND purpose = 'counselling-notes'", [
        completer.id,
      ]),
    ).toBe(before + 1);
    const [audit] = (await t.db.query(
      "SELECT changes::text AS c FROM audit_event WHERE action = 'counselling.add' ORDER BY occurred_at DESC LIMIT 1",
    )) as Array<{ c: string }>;
    expect(audit!.c).not.toContain('면접'); // the audit names the note, never its words
  });

  it('outcomes are checked as their kind requires and linked only to programmes the person took', async () => {
    const bad = await saha.gql(RECORD_OUTCOME, {
      i: { participantId: completer.id, kind: 'EMPLOYED', occurredOn: '2025-10-31', source: 'VERIFIED' },
    });
    expect(Client.code(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['employmentType', 'evidence']);
    expect(
      Client.code(
        await saha.gql(RECORD_OUTCOME, {
          i: {
            participantId: completer.id,
            kind: 'STARTED_BUSINESS',
            businessNumber: '1234567890',
            occurredOn: '2025-10-31',
            source: 'SELF_REPORTED',
          },
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    const elsewhere = await newProgramme(saha, { titleKo: '수강하지 않은 과정' });
    expect(
      Client.code(
        await saha.gql(RECORD_OUTCOME, {
          i: {
            participantId: completer.id,
            kind: 'FURTHER_LEARNING',
            occurredOn: '2025-10-31',
            source: 'SELF_REPORTED',
            programmeIds: [elsewhere.id],
          },
        }),
      ),
    ).toBe('OUTCOME_PROGRAMME_NOT_ATTENDED');
    const ok = await saha.gql(RECORD_OUTCOME, {
      i: {
        participantId: completer.id,
        kind: 'EMPLOYED',
        employmentType: 'FULL_TIME',
        occurredOn: '2025-10-31',
        source: 'VERIFIED',
        evidence: '근로계약서',
        programmeIds: [completer.programmeId],
      },
    });
    expect(ok.data!.recordOutcome.kind).toBe('EMPLOYED');
    expect(
      await count("SELECT count(*) AS n FROM audit_event WHERE action = 'outcome.record' AND entity_id = $1", [ok.data!.recordOutcome.id]),
    ).toBe(1);
  });

  it('a follow-up needs consent to contact; an outcome learnt on it is recorded with it, or nothing is', async () => {
    const [threeMonths] = (await t.db.query('SELECT id FROM follow_up WHERE enrolment_id = $1 ORDER BY months', [
      completer.enrolmentId,
    ])) as Array<{ id: string }>;
    // An invalid outcome rolls the whole close back: the follow-up stays pending.
    const failed = await saha.gql(CLOSE_FOLLOW_UP, {
      i: {
        id: threeMonths!.id,
        status: 'DONE',
        outcome: { participantId: completer.id, kind: 'CERTIFIED', occurredOn: '2025-12-01', source: 'SELF_REPORTED' },
      },
    });
    expect(Client.code(failed)).toBe('VALIDATION_FAILED');
    expect(await t.db.query('SELECT status FROM follow_up WHERE id = $1', [threeMonths!.id])).toEqual([{ status: 'PENDING' }]);
    const closed = await saha.gql(CLOSE_FOLLOW_UP, {
      i: {
        id: threeMonths!.id,
        status: 'DONE',
        note: '전화 통화',
        outcome: {
          participantId: completer.id,
          kind: 'CERTIFIED',
          certificateName: '컴퓨터활용능력 2급',
          occurredOn: '2025-12-01',
          source: 'SELF_REPORTED',
        },
      },
    });
    expect(closed.data!.closeFollowUp.status).toBe('DONE');
    expect(
      await count("SELECT count(*) AS n FROM outcome WHERE participant_id = $1 AND kind = 'CERTIFIED' AND follow_up_id = $2", [
        completer.id,
        threeMonths!.id,
      ]),
    ).toBe(1);
    expect(Client.code(await saha.gql(CLOSE_FOLLOW_UP, { i: { id: threeMonths!.id, status: 'SKIPPED' } }))).toBe('FOLLOW_UP_CLOSED');
    // Without a phone in the consent, only "skipped" is possible.
    await t.db.query("UPDATE consent SET items = '{NAME,BIRTH_YEAR}' WHERE participant_id = $1 AND purpose = 'PROGRAMME_OPERATION'", [
      completer.id,
    ]);
    const [sixMonths] = (await t.db.query('SELECT id FROM follow_up WHERE enrolment_id = $1 AND months = 6', [
      completer.enrolmentId,
    ])) as Array<{ id: string }>;
    expect(Client.code(await saha.gql(CLOSE_FOLLOW_UP, { i: { id: sixMonths!.id, status: 'DONE' } }))).toBe('FOLLOW_UP_NO_CONTACT_CONSENT');
    expect(
      (await saha.gql(CLOSE_FOLLOW_UP, { i: { id: sixMonths!.id, status: 'SKIPPED', note: '연락 동의 없음' } })).data!.closeFollowUp.status,
    ).toBe('SKIPPED');
  });

  it('one journey per person, newest first, across enrolments, certificates, goals, outcomes and follow-ups (one statement)', async () => {
    const journey = (await saha.gql(JOURNEY, { id: completer.id })).data!.participant.journey!;
    const kinds = new Set(journey.map((j) => j.kind));
    expect([...kinds].sort()).toEqual(['CERTIFICATE', 'ENROLMENT', 'FOLLOW_UP', 'GOAL', 'OUTCOME']);
    expect(journey.find((j) => j.kind === 'ENROLMENT')).toMatchObject({
      title: '취업 준비 과정',
      status: 'COMPLETED',
      hours: 2,
      link: `/programmes/${completer.programmeId}`,
    });
    expect(journey.filter((j) => j.kind === 'FOLLOW_UP').map((j) => j.status)).toEqual(['PENDING', 'SKIPPED', 'DONE']);
    const times = journey.map((j) => Date.parse(j.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
