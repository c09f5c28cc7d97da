import { graphql } from '../../../gql';

/** One person, one record: likely matches before registering, corrections, merge, and enrolling someone already known. */
export const MATCHES = graphql(`
  query ParticipantMatches($input: ParticipantMatchInput!) {
    participantMatches(input: $input) {
      reasons
      participant {
        id
        pseudonymKey
        createdAt
        personal {
          name
          birthYear
          phone
        }
      }
    }
  }
`);
export const UPDATE_PARTICIPANT = graphql(`
  mutation UpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      id
      personal {
        name
        phone
        birthYear
        gender
        districtCode
      }
    }
  }
`);
export const MERGE = graphql(`
  mutation MergeParticipants($input: MergeParticipantsInput!) {
    mergeParticipants(input: $input) {
      id
    }
  }
`);
export const FIND_PARTICIPANTS = graphql(`
  query FindParticipants($search: String) {
    participants(search: $search, limit: 10) {
      items {
        id
        pseudonymKey
        personal {
          name
          birthYear
        }
      }
    }
  }
`);
export const ENROLLABLE = graphql(`
  query EnrollableProgrammes($search: String) {
    programmes(status: [APPROVED, RECRUITING, RUNNING], search: $search, limit: 20) {
      items {
        id
        titleKo
        titleEn
        status
        capacity
        seatsTaken
        canRun
      }
    }
  }
`);
