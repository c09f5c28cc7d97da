import { graphql } from '../gql';

/** The referrals tests' operations (typed documents). */
export const REFER = graphql(`
  mutation TestRefer($i: ReferInput!) {
    referParticipant(input: $i) {
      id
      status
      personKey
    }
  }
`);
export const FUNNEL = graphql(`
  query TestReferralFunnel($side: ReferralFunnelSide!) {
    referralFunnel(side: $side) {
      year
      referred
      accepted
      enrolled
      completed
      employed
      suppressed
    }
  }
`);
export const REFERRAL = graphql(`
  query TestReferral($id: ID!) {
    referral(id: $id) {
      id
      status
      reason
      note
      personKey
      participant {
        id
      }
      shared {
        name
        phone
        birthYear
      }
      sharing {
        items
        purpose
        inForce
        withdrawnAt
      }
      provisions {
        items
        detail
        organizationId
      }
      enrolmentId
      can {
        decide
        engage
        close
        enrol
        withdraw
        stopSharing
      }
    }
  }
`);
export const BOX = graphql(`
  query TestReferralBox($box: ReferralBox!) {
    referrals(box: $box, limit: 50) {
      totalCount
      items {
        id
        status
      }
    }
  }
`);
export const DECIDE = graphql(`
  mutation TestDecideReferral($id: ID!, $a: Boolean!, $r: String) {
    decideReferral(id: $id, accept: $a, reason: $r) {
      id
      status
      declineReason
    }
  }
`);
export const CLOSE = graphql(`
  mutation TestCloseReferral($id: ID!, $o: String!) {
    closeReferral(id: $id, outcome: $o) {
      id
      status
      outcome
    }
  }
`);
export const WITHDRAW_REFERRAL = graphql(`
  mutation TestWithdrawReferral($id: ID!) {
    withdrawReferral(id: $id) {
      id
      status
    }
  }
`);
export const STOP_SHARING = graphql(`
  mutation TestStopReferralSharing($id: ID!) {
    stopReferralSharing(id: $id) {
      id
    }
  }
`);
export const ENROL_REFERRED = graphql(`
  mutation TestEnrolReferred($id: ID!, $p: ID!) {
    enrolReferred(id: $id, programmeId: $p) {
      id
      status
    }
  }
`);
export const COMMENTS = graphql(`
  query TestRecordComments($type: CommentRecordType!, $id: ID!) {
    comments(recordType: $type, recordId: $id) {
      id
      body
    }
  }
`);
export const ADD_COMMENT = graphql(`
  mutation TestAddRecordComment($i: CommentInput!) {
    addComment(input: $i) {
      id
    }
  }
`);
export const DOCUMENTS = graphql(`
  query TestRecordDocuments($type: DocumentRecordType!, $id: ID!) {
    documents(recordType: $type, recordId: $id) {
      id
      name
    }
  }
`);
