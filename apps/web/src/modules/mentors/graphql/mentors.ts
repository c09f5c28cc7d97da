import { graphql } from '../../../gql';
import type { MentorAssignmentRowFragment } from '../../../gql/graphql';

export const POOL = graphql(`
  query MentorPool($kind: MentorKind, $skill: String, $mine: Boolean, $offset: Int) {
    mentors(kind: $kind, skill: $skill, mine: $mine, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        heldByMe
        active
        skills
        weeklyHours
        availableWeekdays
        verifiedMinutes
        ageBand
        organization {
          id
          nameKo
          nameEn
        }
        participant {
          id
          pseudonymKey
          personal {
            name
          }
        }
        credentials {
          kind
        }
      }
    }
  }
`);

/** One assignment as every list shows it (the row's actions come from `can`). */
graphql(`
  fragment MentorAssignmentRow on MentorAssignment {
    id
    status
    minutes
    loggedMinutes
    verifiedAt
    can {
      reply
      cancel
      log
      verify
    }
    mentor {
      id
      participant {
        id
        pseudonymKey
        personal {
          name
        }
      }
      organization {
        id
        nameKo
        nameEn
      }
    }
    session {
      id
      startsAt
      endsAt
      programme {
        id
        titleKo
        titleEn
      }
    }
  }
`);

export const ASSIGNMENTS = graphql(`
  query MentorAssignments($reply: Boolean, $verify: Boolean) {
    mentorAssignments(awaitingReply: $reply, awaitingVerification: $verify, limit: 50) {
      totalCount
      items {
        ...MentorAssignmentRow
      }
    }
  }
`);
export type AssignmentRow = MentorAssignmentRowFragment;

export const MENTOR = graphql(`
  query MentorDetail($id: ID!) {
    mentor(id: $id) {
      id
      heldByMe
      active
      skills
      districts
      languages
      weeklyHours
      availableWeekdays
      ageBand
      note
      verifiedMinutes
      organization {
        id
        nameKo
        nameEn
      }
      participant {
        id
        pseudonymKey
        personal {
          name
        }
      }
      credentials {
        id
        kind
        source
        evidence
        earnedOn
      }
      assignments(limit: 50) {
        ...MentorAssignmentRow
      }
    }
  }
`);

export const SESSION_MENTORS = graphql(`
  query SessionMentors($id: ID!) {
    session(id: $id) {
      id
      startsAt
      endsAt
      cancelledAt
      programme {
        id
        titleKo
        titleEn
        canRun
      }
      mentorAssignments {
        ...MentorAssignmentRow
      }
    }
  }
`);

export const SUGGEST = graphql(`
  query MentorSuggestionsFor($id: ID!, $skills: [String!]) {
    mentorSuggestions(sessionId: $id, skills: $skills, limit: 10) {
      score
      matchedSkills
      inDistrict
      availableThatDay
      weekMinutes
      capacityMinutes
      mentor {
        id
        skills
        organization {
          id
          nameKo
          nameEn
        }
        participant {
          id
          pseudonymKey
          personal {
            name
          }
        }
        credentials {
          kind
        }
      }
    }
  }
`);

export const WEEK_BOARD = graphql(`
  query MentorWeekBoard($from: DateTime!, $to: DateTime!) {
    sessionCalendar(from: $from, to: $to, mine: true) {
      id
      startsAt
      endsAt
      cancelledAt
      programme {
        id
        titleKo
        titleEn
      }
      mentorAssignments {
        id
        status
      }
    }
  }
`);

export const ASSIGN = graphql(`
  mutation AssignMentor($s: ID!, $m: ID!) {
    assignMentor(sessionId: $s, mentorId: $m) {
      id
      status
    }
  }
`);
export const RESPOND = graphql(`
  mutation RespondMentorAssignment($id: ID!, $accept: Boolean!) {
    respondMentorAssignment(id: $id, accept: $accept) {
      id
      status
    }
  }
`);
export const CANCEL = graphql(`
  mutation CancelMentorAssignment($id: ID!) {
    cancelMentorAssignment(id: $id) {
      id
      status
    }
  }
`);
export const LOG_HOURS = graphql(`
  mutation LogMentorHours($id: ID!, $minutes: Int!) {
    logMentorHours(id: $id, minutes: $minutes) {
      id
      loggedMinutes
    }
  }
`);
export const VERIFY_HOURS = graphql(`
  mutation VerifyMentorHours($id: ID!) {
    verifyMentorHours(id: $id) {
      id
      verifiedAt
    }
  }
`);
export const RECORD = graphql(`
  mutation RecordMentor($input: RecordMentorInput!) {
    recordMentor(input: $input) {
      id
    }
  }
`);
export const UPDATE = graphql(`
  mutation UpdateMentor($input: UpdateMentorInput!) {
    updateMentor(input: $input) {
      id
      skills
      weeklyHours
      availableWeekdays
      active
      note
    }
  }
`);
export const OWN_PARTICIPANTS = graphql(`
  query MentorCandidates($search: String) {
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
