import { graphql } from '../../../gql';

/** The participants pages' operations. */
export const LIST = graphql(`
  query ParticipantList($search: String, $offset: Int!) {
    participants(search: $search, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        pseudonymKey
        createdAt
        isSample
        personal {
          name
          birthYear
        }
        consents {
          id
          purpose
          withdrawnAt
          retentionUntil
        }
      }
    }
  }
`);
export const DETAIL = graphql(`
  query ParticipantDetail($id: ID!) {
    participant(id: $id) {
      id
      pseudonymKey
      createdAt
      personal {
        name
        phone
        birthYear
        gender
        districtCode
      }
      consents {
        id
        purpose
        items
        method
        retentionUntil
        givenAt
        withdrawnAt
        recipientOrganizationId
      }
      enrolments {
        id
        status
        appliedAt
        programme {
          id
          titleKo
          titleEn
        }
        attendance {
          attended
          held
        }
      }
    }
  }
`);
export const ACCESS_LOG = graphql(`
  query ParticipantAccessLog($id: ID!) {
    participantAccessLog(participantId: $id, limit: 50) {
      totalCount
      items {
        id
        occurredAt
        fields
        purpose
        requestId
      }
    }
  }
`);
export const WITHDRAW = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      withdrawnAt
    }
  }
`);
