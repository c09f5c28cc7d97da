import { graphql } from '../gql';

/** The outcomes tests' operations (typed documents). */
export const JOURNEY_RECORDS = graphql(`
  query TestJourneyRecords($id: ID!) {
    participant(id: $id) {
      id
      goals {
        id
        title
        status
      }
      outcomes {
        id
        kind
        employmentType
        programmeIds
      }
      counsellingNotes {
        id
        body
      }
      followUps {
        id
        months
        dueOn
        status
      }
    }
  }
`);
export const ADD_NOTE = graphql(`
  mutation TestAddCounsellingNote($i: CounsellingNoteInput!) {
    addCounsellingNote(input: $i) {
      id
    }
  }
`);
export const SAVE_GOAL = graphql(`
  mutation TestSaveGoal($i: GoalInput!) {
    saveGoal(input: $i) {
      id
      status
    }
  }
`);
export const RECORD_OUTCOME = graphql(`
  mutation TestRecordOutcome($i: OutcomeInput!) {
    recordOutcome(input: $i) {
      id
      kind
    }
  }
`);
export const FOLLOW_UPS_SPLIT = graphql(`
  query TestFollowUpsSplit {
    overdue: followUps(overdue: true, limit: 100) {
      totalCount
      items {
        id
        dueOn
      }
    }
    upcoming: followUps(overdue: false, dueWithinDays: 366, limit: 100) {
      totalCount
      items {
        id
        dueOn
      }
    }
  }
`);
export const FOLLOW_UPS = graphql(`
  query TestFollowUps($days: Int) {
    followUps(dueWithinDays: $days, limit: 100) {
      totalCount
      items {
        id
        months
        dueOn
        contactAllowed
        participant {
          id
        }
      }
    }
  }
`);
export const CLOSE_FOLLOW_UP = graphql(`
  mutation TestCloseFollowUp($i: FollowUpResultInput!) {
    closeFollowUp(input: $i) {
      id
      status
    }
  }
`);
export const JOURNEY = graphql(`
  query TestJourney($id: ID!) {
    participant(id: $id) {
      id
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
