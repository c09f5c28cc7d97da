import { graphql } from '../../../gql';
import type { MeetingDetailQuery } from '../../../gql/graphql';

export const MEETING_LIST = graphql(`
  query MeetingList($past: Boolean, $from: String, $to: String, $offset: Int, $limit: Int) {
    meetings(past: $past, from: $from, to: $to, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        kind
        title
        startsAt
        endsAt
        place
        cancelled
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);

export const MEETING_DETAIL = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      kind
      title
      startsAt
      endsAt
      place
      minutes
      streamId
      convenedByMe
      agenda {
        title
        presenter
      }
      organization {
        id
        nameKo
        nameEn
      }
      invitees {
        organizationId
        attending
        representatives
        organization {
          id
          nameKo
          nameEn
        }
      }
      decisions {
        id
        text
        taskId
      }
    }
  }
`);
export type MeetingDetail = NonNullable<MeetingDetailQuery['meeting']>;

export const SAVE_MEETING = graphql(`
  mutation SaveMeeting($input: MeetingInput!) {
    saveMeeting(input: $input) {
      id
    }
  }
`);

export const RESPOND_MEETING = graphql(`
  mutation RespondToMeeting($meetingId: ID!, $attending: Boolean!, $representatives: String) {
    respondToMeeting(meetingId: $meetingId, attending: $attending, representatives: $representatives) {
      organizationId
      attending
      representatives
    }
  }
`);

export const SAVE_MINUTES = graphql(`
  mutation SaveMeetingMinutes($meetingId: ID!, $minutes: String!) {
    saveMeetingMinutes(meetingId: $meetingId, minutes: $minutes) {
      id
      minutes
    }
  }
`);

export const ADD_DECISION = graphql(`
  mutation AddMeetingDecision($meetingId: ID!, $text: String!) {
    addMeetingDecision(meetingId: $meetingId, text: $text) {
      id
      text
      taskId
    }
  }
`);

export const DECISION_TO_TASK = graphql(`
  mutation DecisionToTask($input: DecisionTaskInput!) {
    decisionToTask(input: $input) {
      id
    }
  }
`);

export const MEETING_STREAMS = graphql(`
  query MeetingStreams {
    fundingStreams {
      id
      nameKo
      fiscalYear
      nameEn
      myRole
      members {
        id
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
