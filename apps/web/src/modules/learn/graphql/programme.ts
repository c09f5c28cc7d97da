import { graphql } from '../../../gql';
import type { ProgrammePageQuery } from '../../../gql/graphql';

/** The programme page's operations. */
export const PROGRAMME = graphql(`
  query ProgrammePage($id: ID!) {
    programme(id: $id) {
      id
      titleKo
      titleEn
      description
      status
      statusComment
      pillar
      domain
      format
      capacity
      seatsTaken
      completionRate
      recursYearly
      copiedFromId
      startsOn
      endsOn
      targetAudience
      ageBands
      targetParticipants
      targetCompletions
      canRun
      canDecide
      canTakeAttendance
      canDiscuss
      stream {
        id
        nameKo
        nameEn
      }
      initiative {
        id
        nameKo
        nameEn
      }
      field {
        id
        nameKo
        nameEn
      }
      host {
        id
        nameKo
        nameEn
      }
      cohosts {
        id
        nameKo
        nameEn
      }
      parent {
        id
        titleKo
        titleEn
      }
      children {
        id
        titleKo
        titleEn
        status
      }
      enrolmentCounts {
        applied
        enrolled
        waitlisted
        completed
        notCompleted
        dropped
      }
      sessions {
        id
        startsAt
        endsAt
        cancelledAt
        checkInCode
        onlineUrl
        venue {
          id
          name
        }
        instructor {
          id
          name
        }
      }
      enrolments(limit: 100) {
        totalCount
        items {
          id
          status
          ageBand
          participant {
            id
            pseudonymKey
            heldByMe
            personal {
              name
            }
          }
          attendance {
            attended
            held
            hours
            rate
          }
          certificate {
            code
          }
        }
      }
    }
  }
`);
export const STATUS = graphql(`
  mutation ChangeProgrammeStatus($id: ID!, $status: ProgrammeStatus!, $comment: String) {
    changeProgrammeStatus(id: $id, status: $status, comment: $comment) {
      id
      status
      statusComment
    }
  }
`);
export const SERIES = graphql(`
  mutation CreateSessionSeries($input: SessionSeriesInput!) {
    createSessionSeries(input: $input) {
      id
    }
  }
`);
export const UPDATE_SESSION = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      id
      startsAt
      endsAt
      onlineUrl
      venue {
        id
        name
      }
      instructor {
        id
        name
      }
    }
  }
`);
export const DELETE_SESSION = graphql(`
  mutation DeleteSession($id: ID!) {
    deleteSession(id: $id)
  }
`);
export const VENUES = graphql(`
  query SessionFormOptions($streamId: ID!) {
    venues(limit: 100) {
      items {
        id
        name
      }
    }
    instructors(streamId: $streamId, limit: 100) {
      items {
        id
        name
        fields
      }
    }
  }
`);
export const REGISTER = graphql(`
  mutation RegisterParticipant($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      id
      pseudonymKey
    }
  }
`);
export const ENROL = graphql(`
  mutation Enrol($programmeId: ID!, $participantId: ID!) {
    enrol(programmeId: $programmeId, participantId: $participantId) {
      id
      status
    }
  }
`);
export const DROP = graphql(`
  mutation DropEnrolment($id: ID!) {
    changeEnrolmentStatus(id: $id, status: DROPPED) {
      id
      status
    }
  }
`);
export const EVALUATE = graphql(`
  mutation EvaluateCompletion($programmeId: ID!) {
    evaluateCompletion(programmeId: $programmeId)
  }
`);

export type Programme = NonNullable<ProgrammePageQuery['programme']>;
export type ProgrammeSession = Programme['sessions'][number];
