import { Client, TestApp } from './support/app';
import type { ProgrammeStatus } from './gql/graphql';
import { CREATE, UPDATE, STATUS, LIST, learnFixture, type LearnFixture } from './support/learn';
import { STREAM_FIELDS, NESTED, NESTED_NO_VENUE, APPROVAL_QUEUE, SESSIONS } from './support/programmes';
import { graphql } from './gql';

describe('programmes: lifecycle, the nested list, sessions and venues', () => {
  let t: TestApp, saha: Client, city: Client, yeonje: Client, ministry: Client;
  let initiative: string;
  let count: LearnFixture['count'], newProgramme: LearnFixture['newProgramme'];

  beforeAll(async () => {
    ({ t, saha, city, yeonje, ministry, initiative, count, newProgramme } = await learnFixture());
  });
  afterAll(() => t.close());

  it('seeds the three streams with programmes, nested sessions and enrolment counts in one list', async () => {
    const nam = await t.as('nam.staff@lalaland.test');
    const r = await nam.gql(LIST, { s: '배움온플러스' });
    expect(r.errors).toBeUndefined();
    const onplus = r.data!.programmes.items[0]!;
    expect(onplus.children.map((c) => c.titleKo)).toEqual(
      expect.arrayContaining(['AI 학습코치 양성과정', '디지털 리터러시 아카데미', 'AI·온라인 수업 지원 봉사단']),
    );
    const courses = (await nam.gql(LIST, { s: 'AI 학습코치' })).data!.programmes.items[0]!;
    expect(courses.status).toBe('COMPLETED');
    // the course closed: those below 80% attendance are not completed (미수료), nobody is left "enrolled"
    expect(courses.enrolmentCounts).toMatchObject({ enrolled: 0 });
    expect(courses.enrolmentCounts.completed! + courses.enrolmentCounts.notCompleted!).toBe(18);
    expect(courses.enrolmentCounts.notCompleted).toBeGreaterThan(0);
    expect(courses.sessions).toHaveLength(8);
    expect(
      await count(
        "SELECT count(*) AS n FROM certificate c JOIN enrolment e ON e.id = c.enrolment_id JOIN programme p ON p.id = e.programme_id WHERE p.title_ko = 'AI 학습코치 양성과정'",
      ),
    ).toBeGreaterThan(10);
    expect(
      await count(`SELECT count(*) AS n FROM programme p WHERE (p.seats_taken, p.applied_count, p.waitlisted_count, p.completed_count, p.not_completed_count)
      <> (SELECT count(*) FILTER (WHERE status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')), count(*) FILTER (WHERE status = 'APPLIED'), count(*) FILTER (WHERE status = 'WAITLISTED'), count(*) FILTER (WHERE status = 'COMPLETED'), count(*) FILTER (WHERE status = 'NOT_COMPLETED')
            FROM enrolment e WHERE e.programme_id = p.id)`),
    ).toBe(0); // the seeded counters agree with the rows
    const [yjStream] = (await t.db.query("SELECT id FROM funding_stream WHERE code = 'YEONJE-IT-DX-2025'")) as Array<{ id: string }>;
    const yj = await yeonje.gql(STREAM_FIELDS, { id: yjStream!.id });
    expect(yj.data!.streamFields).toHaveLength(9);
  });

  it('answers the nested list (hosts, sessions, counts) with one statement after the session lookup, for any page', async () => {
    const { result, sql } = await t.statements(() => ministry.gql(NESTED, {})); // a ministry sees every stream
    expect(result.errors).toBeUndefined();
    const { items, totalCount } = result.data!.programmes;
    expect(items).toHaveLength(10);
    expect(totalCount).toBeGreaterThan(10);
    expect(items.every((p) => p.host.nameKo && Array.isArray(p.sessions))).toBe(true);
    expect(items.some((p) => p.sessions.length > 0 && p.sessions[0]!.startsAt.endsWith('Z'))).toBe(true);
    // The session lookup, the list, and the venues a session names (one batched query): no N+1.
    expect(sql.length).toBeLessThanOrEqual(3);
    // (the session lookup may be answered from memory: the response cache keeps sessions resolved since the last change)
    const { sql: withoutVenue } = await t.statements(() => ministry.gql(NESTED_NO_VENUE, {}));
    expect(withoutVenue.filter((q) => !q.includes('FROM user_session'))).toHaveLength(1);
    const past = await ministry.gql(NESTED, { offset: 5000 });
    expect(past.data!.programmes).toEqual({ totalCount, items: [] });
  });

  it('createProgramme refuses a host it will not honour; the ministry reads a programme but not the partners’ comments on it (hardening 2, item 13)', async () => {
    const named = await saha.gql(CREATE, {
      i: {
        initiativeId: initiative,
        titleKo: '남의 이름으로',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 10,
        startsOn: '2025-09-01',
        hostOrganizationId: await t.orgId('BUSAN'),
      },
    });
    expect(Client.code(named)).toBe('VALIDATION_FAILED');
    expect(named.errors![0]!.extensions.fields![0]!.field).toBe('hostOrganizationId');
    const comments = graphql(`
      query TestProgrammeComments($id: ID!) {
        comments(recordType: PROGRAMME, recordId: $id) {
          id
        }
      }
    `);
    const [running] = (await t.db.query(
      "SELECT p.id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'SAHA' AND p.status <> 'DRAFT' ORDER BY p.created_at LIMIT 1",
    )) as Array<{ id: string }>;
    expect((await saha.gql(comments, { id: running!.id })).errors).toBeUndefined();
    expect(Client.code(await ministry.gql(comments, { id: running!.id }))).toBe('PROGRAMME_NOT_FOUND');
    expect((await ministry.gql(SESSIONS, { id: running!.id })).errors).toBeUndefined();
  });

  describe('programme lifecycle', () => {
    it('accepts only legal transitions, each by its actor, and a return needs a comment', async () => {
      const p = await newProgramme(saha);
      expect(p).toMatchObject({ status: 'DRAFT', canRun: true, canDecide: false, host: { shortCode: 'SAHA' } });
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'RUNNING' }))).toBe('ILLEGAL_TRANSITION');
      expect((await saha.gql(STATUS, { id: p.id, s: 'PROPOSED' })).data!.changeProgrammeStatus.status).toBe('PROPOSED');
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'APPROVED' }))).toBe('FORBIDDEN');
      const queue = (await city.gql(APPROVAL_QUEUE, {})).data!.programmeApprovalQueue;
      expect(queue.map((x) => x.id)).toContain(p.id);
      const noComment = await city.gql(STATUS, { id: p.id, s: 'RETURNED' });
      expect(Client.code(noComment)).toBe('RETURN_COMMENT_REQUIRED');
      expect(noComment.errors![0]!.extensions.fields![0]!.field).toBe('comment');
      expect((await city.gql(STATUS, { id: p.id, s: 'RETURNED', c: '목표 인원을 적어 주세요' })).data!.changeProgrammeStatus).toMatchObject(
        {
          status: 'RETURNED',
          statusComment: '목표 인원을 적어 주세요',
        },
      );
      expect((await saha.gql(UPDATE, { i: { id: p.id, capacity: 12 } })).data!.updateProgramme.capacity).toBe(12);
      expect((await saha.gql(STATUS, { id: p.id, s: 'PROPOSED' })).data!.changeProgrammeStatus.status).toBe('PROPOSED');
      expect(Client.code(await saha.gql(UPDATE, { i: { id: p.id, capacity: 13 } }))).toBe('PROGRAMME_NOT_EDITABLE');
      expect((await city.gql(STATUS, { id: p.id, s: 'APPROVED' })).data!.changeProgrammeStatus.status).toBe('APPROVED');
      expect(Client.code(await city.gql(STATUS, { id: p.id, s: 'RECRUITING' }))).toBe('FORBIDDEN'); // the host opens recruiting
      for (const s of ['RECRUITING', 'RUNNING', 'COMPLETED'] as ProgrammeStatus[])
        expect((await saha.gql(STATUS, { id: p.id, s })).data!.changeProgrammeStatus.status).toBe(s);
      expect(Client.code(await saha.gql(STATUS, { id: p.id, s: 'CANCELLED' }))).toBe('ILLEGAL_TRANSITION');
      const actions = (await t.db.query('SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at, id', [p.id])) as Array<{
        action: string;
      }>;
      expect(actions.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'programme.create',
          'programme.proposed',
          'programme.returned',
          'programme.update',
          'programme.approved',
          'programme.recruiting',
          'programme.running',
          'programme.completed',
        ]),
      );
    });

    it('validates programmes with field messages; co-hosts must be in the stream', async () => {
      const r = await saha.gql(CREATE, {
        i: {
          initiativeId: initiative,
          titleKo: '',
          pillar: 'LEARN',
          domain: 'VOCATIONAL',
          format: 'OFFLINE',
          capacity: 0,
          startsOn: '2026-13-40',
        },
      });
      expect(Client.code(r)).toBe('VALIDATION_FAILED');
      expect(r.errors![0]!.extensions.fields!.map((f) => f.field).sort()).toEqual(['capacity', 'startsOn', 'titleKo']);
      expect(
        Client.code(
          await saha.gql(CREATE, {
            i: {
              initiativeId: initiative,
              titleKo: 'x',
              pillar: 'LEARN',
              domain: 'VOCATIONAL',
              format: 'OFFLINE',
              capacity: 5,
              startsOn: '2025-09-01',
              cohostIds: [await t.orgId('YEONJE')],
            },
          }),
        ),
      ).toBe('COHOST_NOT_IN_STREAM');
    });
  });
});
