import { OutboxWorker } from '../src/core/events/outbox.worker';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { NOTIFICATIONS } from './support/coordination';
import { graphql } from './gql';

const SAVE = graphql(`
  mutation TestSaveMeeting($i: MeetingInput!) {
    saveMeeting(input: $i) {
      id
      title
      convenedByMe
      invitees {
        organizationId
        attending
      }
    }
  }
`);
const MEETING = graphql(`
  query TestMeeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      minutes
      convenedByMe
      invitees {
        organization {
          shortCode
        }
        attending
        representatives
      }
      decisions {
        id
        text
        taskId
      }
    }
  }
`);
const RESPOND = graphql(`
  mutation TestRespond($id: ID!, $attending: Boolean!, $reps: String) {
    respondToMeeting(meetingId: $id, attending: $attending, representatives: $reps) {
      attending
      representatives
    }
  }
`);
const MINUTES = graphql(`
  mutation TestMinutes($id: ID!, $minutes: String!) {
    saveMeetingMinutes(meetingId: $id, minutes: $minutes) {
      id
      minutes
    }
  }
`);
const DECIDE = graphql(`
  mutation TestDecide($id: ID!, $text: String!) {
    addMeetingDecision(meetingId: $id, text: $text) {
      id
      text
    }
  }
`);
const TO_TASK = graphql(`
  mutation TestDecisionToTask($i: DecisionTaskInput!) {
    decisionToTask(input: $i) {
      id
      title
      recordType
      recordId
      assigneeOrganization {
        shortCode
      }
    }
  }
`);
const COMMENTS = graphql(`
  query TestComments($type: CommentRecordType!, $id: ID!) {
    comments(recordType: $type, recordId: $id) {
      id
      body
      authorName
      mine
      deletedAt
    }
  }
`);
const ADD_COMMENT = graphql(`
  mutation TestAddComment($i: CommentInput!) {
    addComment(input: $i) {
      id
      body
    }
  }
`);
const EDIT_COMMENT = graphql(`
  mutation TestEditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      id
      body
      editedAt
    }
  }
`);
const DELETE_COMMENT = graphql(`
  mutation TestDeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
      body
      deletedAt
    }
  }
`);
const CANDIDATES = graphql(`
  query TestMentionCandidates($search: String!) {
    mentionCandidates(search: $search) {
      id
      displayName
    }
  }
`);

describe('meetings (the council and working groups) and comments with mentions', () => {
  let t: TestApp, city: Client, saha: Client, nam: Client;
  let stream: string, sahaOrg: string;
  const settle = async () => {
    while ((await t.app.get(OutboxWorker).drain()) > 0);
  };

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [city, saha, nam] = (await Promise.all(['city.admin', 'saha.staff', 'nam.staff'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
    ];
    stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    sahaOrg = await t.orgId('SAHA');
  });
  afterAll(() => t.close());

  const council = async () =>
    (
      await city.gql(SAVE, {
        i: {
          streamId: stream,
          kind: 'COUNCIL',
          title: '제3차 LA-LA LAnd 협의회',
          startsAt: '2027-01-20T14:00:00+09:00',
          endsAt: '2027-01-20T16:00:00+09:00',
          place: '부산시청 12층 회의실',
          agenda: [{ title: '3분기 실적 점검', presenter: '부산광역시' }, { title: '4분기 계획' }],
          inviteeOrganizationIds: [sahaOrg],
        },
      })
    ).data!.saveMeeting;

  it('the city convenes the council; Saha is invited and answers; the minutes are kept; a decision becomes a task for Saha in one step', async () => {
    const m = await council();
    expect(m.invitees).toEqual([{ organizationId: sahaOrg, attending: null }]);
    await settle();
    expect((await saha.gql(NOTIFICATIONS, {})).data!.notifications.items[0]).toMatchObject({
      kind: 'MEETING_INVITED',
      link: `/meetings/${m.id}`,
    });
    expect((await saha.gql(RESPOND, { id: m.id, attending: true, reps: '평생학습과 김담당 주무관' })).data!.respondToMeeting).toEqual({
      attending: true,
      representatives: '평생학습과 김담당 주무관',
    });
    expect(Client.code(await saha.gql(MINUTES, { id: m.id, minutes: 'x' }))).toBe('FORBIDDEN');
    await city.gql(MINUTES, { id: m.id, minutes: '## 결정\n- 4분기 계획 확정' });
    const d = (await city.gql(DECIDE, { id: m.id, text: '사하구는 12월 말까지 4분기 실적을 제출한다' })).data!.addMeetingDecision;
    const task = (await city.gql(TO_TASK, { i: { decisionId: d.id, assigneeOrganizationId: sahaOrg, dueOn: '2027-12-31' } })).data!
      .decisionToTask;
    expect(task).toMatchObject({
      title: '사하구는 12월 말까지 4분기 실적을 제출한다',
      recordType: 'MEETING',
      recordId: m.id,
      assigneeOrganization: { shortCode: 'SAHA' },
    });
    expect(Client.code(await city.gql(TO_TASK, { i: { decisionId: d.id, assigneeOrganizationId: sahaOrg } }))).toBe(
      'MEETING_DECISION_ALREADY_TASK',
    );
    const seen = (await saha.gql(MEETING, { id: m.id })).data!.meeting;
    expect(seen).toMatchObject({ minutes: '## 결정\n- 4분기 계획 확정', convenedByMe: false, decisions: [{ taskId: task.id }] });
  });

  it('role × organization: the convener, the invited and the stream’s lead see a meeting; others get NOT_FOUND; only the invited answer', async () => {
    const m = (
      await saha.gql(SAVE, {
        i: {
          streamId: stream,
          kind: 'WORKING_GROUP',
          title: '사하 실무 협의',
          startsAt: '2027-02-01T10:00:00+09:00',
          endsAt: '2027-02-01T11:00:00+09:00',
          inviteeOrganizationIds: [],
        },
      })
    ).data!.saveMeeting;
    await expectAccess(
      t,
      MEETING,
      { id: m.id },
      {
        sahaStaff: 'ok',
        cityAdmin: 'ok',
        platformAdmin: 'ok',
        namStaff: 'MEETING_NOT_FOUND',
        yeonjeStaff: 'MEETING_NOT_FOUND',
        ministryViewer: 'MEETING_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    expect(Client.code(await city.gql(RESPOND, { id: m.id, attending: true }))).toBe('FORBIDDEN');
    expect(
      Client.code(
        await nam.gql(SAVE, {
          i: {
            streamId: stream,
            kind: 'OTHER',
            title: 'x',
            startsAt: '2027-02-01T10:00:00+09:00',
            endsAt: '2027-02-01T11:00:00+09:00',
            inviteeOrganizationIds: [],
          },
        }),
      ),
    ).toBe('MEETING_STREAM_NOT_MEMBER');
    expect(
      Client.code(
        await city.gql(SAVE, {
          i: {
            streamId: stream,
            kind: 'OTHER',
            title: 'x',
            startsAt: '2027-02-01T10:00:00+09:00',
            endsAt: '2027-02-01T09:00:00+09:00',
            inviteeOrganizationIds: [],
          },
        }),
      ),
    ).toBe('MEETING_ENDS_BEFORE_START');
    expect(
      Client.code(
        await city.gql(SAVE, {
          i: {
            streamId: stream,
            kind: 'OTHER',
            title: 'x',
            startsAt: '2027-02-01T10:00:00+09:00',
            endsAt: '2027-02-01T11:00:00+09:00',
            inviteeOrganizationIds: [await t.orgId('NAM')],
          },
        }),
      ),
    ).toBe('MEETING_INVITEE_NOT_MEMBER');
  });

  it('comments follow the record: Saha mentions a city admin on the council (told); a mention of someone who cannot see it is refused; the author edits and deletes their own', async () => {
    const m = await council();
    const cityAdmin = (await saha.gql(CANDIDATES, { search: '부산' })).data!.mentionCandidates.find((p) => p.displayName.length > 0)!;
    expect(cityAdmin).toBeDefined();
    const cityAdminId = (
      (await t.db.query("SELECT id FROM app_user WHERE email = 'city.admin@lalaland.test'")) as Array<{ id: string }>
    )[0]!.id;
    const c = (
      await saha.gql(ADD_COMMENT, {
        i: { recordType: 'MEETING', recordId: m.id, body: '@시청 담당자님 자료 양식을 공유해 주세요.', mentionUserIds: [cityAdminId] },
      })
    ).data!.addComment;
    await settle();
    expect((await city.gql(NOTIFICATIONS, {})).data!.notifications.items[0]).toMatchObject({ kind: 'MENTION', link: `/meetings/${m.id}` });
    const namStaffId = ((await t.db.query("SELECT id FROM app_user WHERE email = 'nam.staff@lalaland.test'")) as Array<{ id: string }>)[0]!
      .id;
    const refused = await saha.gql(ADD_COMMENT, {
      i: { recordType: 'MEETING', recordId: m.id, body: '남구도 보세요', mentionUserIds: [namStaffId] },
    });
    expect(Client.code(refused)).toBe('COMMENT_MENTION_NOT_ALLOWED');
    await expectAccess(
      t,
      COMMENTS,
      { type: 'MEETING', id: m.id },
      { sahaStaff: 'ok', cityAdmin: 'ok', namStaff: 'MEETING_NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    );
    expect(Client.code(await nam.gql(ADD_COMMENT, { i: { recordType: 'MEETING', recordId: m.id, body: 'x' } }))).toBe('MEETING_NOT_FOUND');
    expect(Client.code(await city.gql(EDIT_COMMENT, { id: c.id, body: '바꿈' }))).toBe('FORBIDDEN');
    expect((await saha.gql(EDIT_COMMENT, { id: c.id, body: '자료 양식을 공유해 주세요.' })).data!.editComment.editedAt).not.toBeNull();
    await t.db.query("UPDATE comment SET created_at = now() - interval '2 hours' WHERE id = $1", [c.id]);
    expect(Client.code(await saha.gql(EDIT_COMMENT, { id: c.id, body: '늦은 수정' }))).toBe('COMMENT_EDIT_EXPIRED');
    expect((await saha.gql(DELETE_COMMENT, { id: c.id })).data!.deleteComment).toMatchObject({ body: '' });
    const list = (await city.gql(COMMENTS, { type: 'MEETING', id: m.id })).data!.comments;
    expect(list).toEqual([expect.objectContaining({ id: c.id, body: '', mine: false })]);
    expect(list[0]!.deletedAt).not.toBeNull();
  });
});
