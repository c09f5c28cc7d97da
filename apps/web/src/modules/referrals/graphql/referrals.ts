import { graphql } from '../../../gql';
import type { ReferralDetailQuery } from '../../../gql/graphql';

export const BOX = graphql(`
  query ReferralBox($box: ReferralBox!, $status: ReferralStatus, $offset: Int) {
    referrals(box: $box, status: $status, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        status
        reason
        personKey
        createdAt
        fromOrganization {
          id
          nameKo
          nameEn
        }
        toOrganization {
          id
          nameKo
          nameEn
        }
        programme {
          id
          titleKo
          titleEn
        }
        sharing {
          items
          inForce
        }
      }
    }
  }
`);

export const DETAIL = graphql(`
  query ReferralDetail($id: ID!) {
    referral(id: $id) {
      id
      status
      reason
      note
      personKey
      createdAt
      decidedAt
      engagedAt
      closedAt
      declineReason
      outcome
      sharingPurpose
      enrolmentId
      opening {
        id
        title
      }
      participant {
        id
      }
      shared {
        name
        phone
        birthYear
        gender
        districtCode
      }
      sharing {
        items
        purpose
        retentionUntil
        givenAt
        withdrawnAt
        inForce
      }
      provisions {
        at
        items
        detail
        organizationId
      }
      fromOrganization {
        id
        nameKo
        nameEn
      }
      toOrganization {
        id
        nameKo
        nameEn
      }
      programme {
        id
        titleKo
        titleEn
      }
      can {
        decide
        engage
        close
        enrol
        hire
        withdraw
        stopSharing
      }
    }
  }
`);
export type ReferralDetail = ReferralDetailQuery['referral'];

export const REFER = graphql(`
  mutation ReferParticipant($input: ReferInput!) {
    referParticipant(input: $input) {
      id
    }
  }
`);
export const DECIDE = graphql(`
  mutation DecideReferral($id: ID!, $accept: Boolean!, $reason: String) {
    decideReferral(id: $id, accept: $accept, reason: $reason) {
      id
      status
    }
  }
`);
export const ENGAGE = graphql(`
  mutation MarkReferralEngaged($id: ID!) {
    markReferralEngaged(id: $id) {
      id
      status
    }
  }
`);
export const CLOSE = graphql(`
  mutation CloseReferral($id: ID!, $outcome: String!) {
    closeReferral(id: $id, outcome: $outcome) {
      id
      status
    }
  }
`);
export const WITHDRAW = graphql(`
  mutation WithdrawReferral($id: ID!) {
    withdrawReferral(id: $id) {
      id
      status
    }
  }
`);
export const STOP_SHARING = graphql(`
  mutation StopReferralSharing($id: ID!) {
    stopReferralSharing(id: $id) {
      id
    }
  }
`);
export const HIRE = graphql(`
  mutation HireReferred($id: ID!) {
    hireReferred(id: $id) {
      id
      status
    }
  }
`);
export const ENROL = graphql(`
  mutation EnrolReferred($id: ID!, $programmeId: ID!) {
    enrolReferred(id: $id, programmeId: $programmeId) {
      id
      status
    }
  }
`);
export const FORM_OPTIONS = graphql(`
  query ReferralFormOptions($search: String, $to: ID) {
    organizations(limit: 100) {
      items {
        id
        nameKo
        nameEn
      }
    }
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
    programmes(organizationId: $to, status: [APPROVED, RECRUITING, RUNNING], limit: 50) {
      items {
        id
        titleKo
        titleEn
        host {
          id
        }
      }
    }
  }
`);
export const OWN_PROGRAMMES = graphql(`
  query ReferralEnrolOptions($org: ID) {
    programmes(organizationId: $org, status: [APPROVED, RECRUITING, RUNNING], limit: 50) {
      items {
        id
        titleKo
        titleEn
        host {
          id
        }
      }
    }
  }
`);
