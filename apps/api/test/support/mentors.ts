import { graphql } from '../gql';

/** The mentors tests' operations (typed documents). */
export const SET_COURSE = graphql(`
  mutation TestSetMentorCourse($p: ID!, $k: MentorKind) {
    setMentorCourse(programmeId: $p, kind: $k)
  }
`);
export const RECORD_MENTOR = graphql(`
  mutation TestRecordMentor($i: RecordMentorInput!) {
    recordMentor(input: $i) {
      id
      weeklyHours
      skills
      credentials {
        kind
        source
        evidence
      }
    }
  }
`);
export const UPDATE_MENTOR = graphql(`
  mutation TestUpdateMentor($i: UpdateMentorInput!) {
    updateMentor(input: $i) {
      id
      weeklyHours
      active
    }
  }
`);
export const MENTOR = graphql(`
  query TestMentor($id: ID!) {
    mentor(id: $id) {
      id
      heldByMe
      ageBand
      verifiedMinutes
      participant {
        pseudonymKey
        personal {
          name
        }
      }
      credentials {
        kind
        source
      }
      assignments {
        id
        status
      }
    }
  }
`);
export const MENTORS = graphql(`
  query TestMentors($kind: MentorKind, $mine: Boolean) {
    mentors(kind: $kind, mine: $mine, limit: 100) {
      totalCount
      items {
        id
        heldByMe
        organization {
          shortCode
        }
        credentials {
          kind
          source
        }
      }
    }
  }
`);
export const ASSIGN = graphql(`
  mutation TestAssignMentor($s: ID!, $m: ID!) {
    assignMentor(sessionId: $s, mentorId: $m) {
      id
      status
      minutes
      week
    }
  }
`);
export const RESPOND = graphql(`
  mutation TestRespondMentor($id: ID!, $a: Boolean!) {
    respondMentorAssignment(id: $id, accept: $a) {
      id
      status
    }
  }
`);
export const CANCEL_ASSIGNMENT = graphql(`
  mutation TestCancelMentorAssignment($id: ID!) {
    cancelMentorAssignment(id: $id) {
      id
      status
    }
  }
`);
export const LOG_HOURS = graphql(`
  mutation TestLogMentorHours($id: ID!, $m: Int!) {
    logMentorHours(id: $id, minutes: $m) {
      id
      loggedMinutes
      verifiedAt
    }
  }
`);
export const VERIFY_HOURS = graphql(`
  mutation TestVerifyMentorHours($id: ID!) {
    verifyMentorHours(id: $id) {
      id
      verifiedAt
    }
  }
`);
export const ASSIGNMENTS = graphql(`
  query TestMentorAssignments($reply: Boolean, $verify: Boolean) {
    mentorAssignments(awaitingReply: $reply, awaitingVerification: $verify) {
      totalCount
      items {
        id
        status
        can {
          reply
          cancel
          log
          verify
        }
      }
    }
  }
`);
export const SUGGEST = graphql(`
  query TestMentorSuggestions($s: ID!, $k: [String!]) {
    mentorSuggestions(sessionId: $s, skills: $k) {
      mentor {
        id
      }
      score
      matchedSkills
      inDistrict
      availableThatDay
      weekMinutes
      capacityMinutes
    }
  }
`);
export const SESSION_MENTORS = graphql(`
  query TestSessionMentors($id: ID!) {
    session(id: $id) {
      id
      mentorAssignments {
        id
        status
      }
    }
  }
`);
export const HOURS = graphql(`
  query TestMentorHours($s: ID!) {
    mentorHours(streamId: $s) {
      verifiedMinutes
      sessions
      mentors
    }
  }
`);
export const GROUPS = graphql(`
  query TestMentorGroups {
    mentorGroups {
      id
      name
      verifiedMinutes
      coordinator {
        id
      }
      members {
        id
      }
    }
  }
`);
export const SAVE_GROUP = graphql(`
  mutation TestSaveMentorGroup($i: MentorGroupInput!) {
    saveMentorGroup(input: $i) {
      id
      name
    }
  }
`);
