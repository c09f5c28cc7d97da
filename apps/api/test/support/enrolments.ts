import { graphql } from '../gql';

/** Enrolment and attendance operations (typed documents; the programme and registration ones are in ./learn). */
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

export const DROP = graphql(`
  mutation TestEnrolmentStatus($id: ID!, $s: EnrolmentStatus!) {
    changeEnrolmentStatus(id: $id, status: $s) {
      id
      status
    }
  }
`);
export const SHEET = graphql(`
  query TestAttendanceSheet($id: ID!) {
    attendanceSheet(sessionId: $id) {
      session {
        id
      }
      rows {
        status
        minutes
        enrolment {
          id
          participant {
            pseudonymKey
          }
        }
      }
    }
  }
`);
export const RECORD = graphql(`
  mutation TestRecordAttendance($i: RecordAttendanceInput!) {
    recordAttendance(input: $i) {
      rows {
        status
        minutes
        enrolment {
          id
        }
      }
    }
  }
`);
export const VERIFY = graphql(`
  query TestVerifyCertificate($c: String!) {
    verifyCertificate(code: $c) {
      code
      holderName
      programmeTitle
      issuerName
      hours
      issuedOn
    }
  }
`);
export const WITHDRAW = graphql(`
  mutation TestWithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      withdrawnAt
    }
  }
`);
