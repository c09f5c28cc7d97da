import { graphql } from '../../../gql';
import type { ParticipantJourneyQuery } from '../../../gql/graphql';

export const JOURNEY = graphql(`
  query ParticipantJourney($id: ID!) {
    participant(id: $id) {
      id
      pseudonymKey
      personal {
        name
      }
      enrolments {
        id
        status
        programme {
          id
          titleKo
          titleEn
        }
      }
      goals {
        id
        kind
        title
        status
        targetOn
      }
      outcomes {
        id
        kind
        employmentType
        businessNumber
        certificateName
        occurredOn
        evidence
        source
      }
      counsellingNotes {
        id
        occurredOn
        body
      }
      followUps {
        id
        months
        dueOn
        status
        note
        contactAllowed
        askedAt
        selfAnsweredAt
        programme {
          id
          titleKo
          titleEn
        }
      }
      journey {
        at
        kind
        title
        status
        hours
        link
      }
    }
  }
`);
export type Journey = ParticipantJourneyQuery['participant'];

export const DUE = graphql(`
  query DueFollowUps($days: Int) {
    overdue: followUps(overdue: true, limit: 6) {
      ...DueFollowUpPage
    }
    upcoming: followUps(dueWithinDays: $days, overdue: false, limit: 6) {
      ...DueFollowUpPage
    }
  }
  fragment DueFollowUpPage on FollowUpPage {
    totalCount
    items {
      id
      months
      dueOn
      contactAllowed
      participant {
        id
        pseudonymKey
        personal {
          name
        }
      }
      programme {
        id
        titleKo
        titleEn
      }
    }
  }
`);

export const SAVE_GOAL = graphql(`
  mutation SaveGoal($input: GoalInput!) {
    saveGoal(input: $input) {
      id
      status
    }
  }
`);
export const ADD_NOTE = graphql(`
  mutation AddCounsellingNote($input: CounsellingNoteInput!) {
    addCounsellingNote(input: $input) {
      id
    }
  }
`);
export const RECORD_OUTCOME = graphql(`
  mutation RecordOutcome($input: OutcomeInput!) {
    recordOutcome(input: $input) {
      id
    }
  }
`);
export const CLOSE_FOLLOW_UP = graphql(`
  mutation CloseFollowUp($input: FollowUpResultInput!) {
    closeFollowUp(input: $input) {
      id
      status
    }
  }
`);

export const ASK_FOLLOW_UP = graphql(`
  mutation AskFollowUp($id: ID!) {
    askFollowUp(id: $id) {
      id
      status
    }
  }
`);
