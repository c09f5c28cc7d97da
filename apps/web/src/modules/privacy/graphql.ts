import { graphql } from '../../gql';

export const ACCESS_REVIEW_MONTHS = graphql(`
  query AccessReviewMonths {
    accessReviewMonths {
      month
      reads
      signed
    }
  }
`);

export const ACCESS_REVIEW = graphql(`
  query AccessReview($month: String!) {
    accessReview(month: $month) {
      month
      totalReads
      ended
      readers {
        name
        reads
        people
        outsideHours
        withoutOpenWork
        busiestDay
        downloads
        peopleDownloaded
      }
      purposes {
        purpose
        reads
        people
      }
      downloads {
        at
        name
        purpose
        people
        reason
      }
      flags {
        kind
        name
        count
      }
      signOff {
        signedBy
        signedAt
        note
      }
    }
  }
`);

export const SIGN_ACCESS_REVIEW = graphql(`
  mutation SignAccessReview($month: String!, $note: String!) {
    signAccessReview(month: $month, note: $note) {
      month
    }
  }
`);

export const PERSONAL_DATA_POLICY = graphql(`
  query PersonalDataPolicy {
    personalDataPolicy {
      bulkReasonThreshold
    }
  }
`);

export const SET_BULK_THRESHOLD = graphql(`
  mutation SetBulkDownloadThreshold($threshold: Int!) {
    setBulkDownloadThreshold(threshold: $threshold) {
      bulkReasonThreshold
    }
  }
`);

export const DESTRUCTION_DUE = graphql(`
  query DestructionDue {
    destructionDue {
      pseudonymKey
      basisEnded
      rule
    }
  }
`);

export const DESTRUCTION_REGISTER = graphql(`
  query DestructionRegister($offset: Int) {
    destructionRegister(offset: $offset, limit: 20) {
      totalCount
      offset
      limit
      items {
        destroyedAt
        pseudonymKey
        rule
        basisEnded
        items {
          item
          count
        }
      }
    }
  }
`);

export const DESTROY_DUE_NOW = graphql(`
  mutation DestroyDueNow {
    destroyDueNow
  }
`);

export const PRIVACY_OFFICER = graphql(`
  query PrivacyOfficer {
    privacyOfficer {
      position
      contact
    }
  }
`);

export const SET_PRIVACY_OFFICER = graphql(`
  mutation SetPrivacyOfficer($position: String!, $contact: String!) {
    setPrivacyOfficer(position: $position, contact: $contact) {
      position
      contact
    }
  }
`);
