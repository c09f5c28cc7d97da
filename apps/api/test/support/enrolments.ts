import { graphql } from '../gql';

/** The enrolments tests' own operations (typed documents; the shared learn ones are in ./learn). */
export const GIVE_CONSENT = graphql(`
  mutation TestGiveConsent($i: GiveConsentInput!) {
    giveConsent(input: $i) {
      id
      purpose
    }
  }
`);
export const COUNTS = graphql(`
  query TestEnrolmentCounts($id: ID!) {
    programme(id: $id) {
      enrolmentCounts {
        enrolled
        waitlisted
        dropped
      }
    }
  }
`);
export const CHECK_IN = graphql(`
  query TestCheckIn($c: String!) {
    sessionByCheckInCode(code: $c) {
      id
    }
  }
`);
export const COMPLETION = graphql(`
  query TestCompletion($id: ID!) {
    programme(id: $id) {
      enrolments {
        items {
          id
          status
          attendance {
            attended
            held
            hours
            rate
          }
          certificate {
            code
            hours
          }
        }
      }
    }
  }
`);
export const MY_WEEK = graphql(`
  query TestMyWeek($f: DateTime!, $t: DateTime!) {
    sessionCalendar(from: $f, to: $t, mine: true) {
      id
      attendanceMarked
      programme {
        id
      }
    }
  }
`);
export const RECENT = graphql(`
  query TestRecentEnrolments {
    recentEnrolments(limit: 5) {
      id
      appliedAt
      programme {
        id
      }
    }
  }
`);
export const EVALUATE = graphql(`
  mutation TestEvaluateCompletion($id: ID!) {
    evaluateCompletion(programmeId: $id)
  }
`);
export const PRINT = graphql(`
  query TestCertificateToPrint($c: String!) {
    certificateToPrint(code: $c) {
      holderName
      hours
    }
  }
`);
export const SESSION = graphql(`
  query TestSession($id: ID!) {
    session(id: $id) {
      id
    }
  }
`);
export const ENROLMENT = graphql(`
  query TestEnrolment($id: ID!) {
    enrolment(id: $id) {
      id
    }
  }
`);
export const PARTICIPANTS = graphql(`
  query TestParticipantIds {
    participants(limit: 100) {
      items {
        id
      }
    }
  }
`);
