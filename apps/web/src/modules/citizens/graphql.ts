import { graphql } from '../../gql';

export const PRIVACY_REQUESTS = graphql(`
  query PrivacyRequests($open: Boolean!) {
    privacyRequests(open: $open) {
      id
      number
      kind
      detail
      channel
      receivedAt
      dueOn
      daysLeft
      participantId
      pseudonymKey
      status
      answer
      legalBasis
      answeredAt
    }
  }
`);

export const PRIVACY_REQUEST_COUNTS = graphql(`
  query PrivacyRequestCounts {
    privacyRequestCounts {
      open
      dueSoon
      overdue
    }
  }
`);

export const ANSWER_PRIVACY_REQUEST = graphql(`
  mutation AnswerPrivacyRequest($input: AnswerPrivacyRequestInput!) {
    answerPrivacyRequest(input: $input) {
      id
      status
      answer
      legalBasis
      answeredAt
    }
  }
`);

export const RECORD_PRIVACY_REQUEST = graphql(`
  mutation RecordPrivacyRequest($input: RecordPrivacyRequestInput!) {
    recordPrivacyRequest(input: $input) {
      id
      number
    }
  }
`);

export const FIND_PARTICIPANT = graphql(`
  query FindParticipantForRequest($search: String!) {
    participants(search: $search, limit: 1) {
      items {
        id
        pseudonymKey
      }
    }
  }
`);
