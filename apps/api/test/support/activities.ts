import { graphql } from '../gql';

/** The activities tests' operations (typed documents). */
export const SAVE_ACTIVITY = graphql(`
  mutation TestSaveActivity($i: ActivityInput!) {
    saveActivity(input: $i) {
      id
      title
      openHeadcount
    }
  }
`);
export const ACTIVITY = graphql(`
  query TestActivity($id: ID!) {
    activity(id: $id) {
      id
      title
      runByMe
      figures {
        participants
        people
        hours
        mixIndex
        generations {
          band
          count
        }
      }
      people {
        participantId
        ageBand
        hours
      }
      leader {
        id
      }
    }
  }
`);
export const ADD_PEOPLE = graphql(`
  mutation TestAddActivityPeople($i: ActivityPeopleInput!) {
    addActivityParticipants(input: $i)
  }
`);
export const SET_HOURS = graphql(`
  mutation TestSetActivityHours($i: ActivityHoursInput!) {
    setActivityHours(input: $i) {
      participantId
      hours
    }
  }
`);
export const ACTIVITIES = graphql(`
  query TestActivities($mine: Boolean) {
    activities(mine: $mine, limit: 50) {
      totalCount
      items {
        id
        title
      }
    }
  }
`);
export const ACTIVITY_FIGURES = graphql(`
  query TestActivityFigures($id: ID!) {
    activity(id: $id) {
      id
      figures {
        people
        mixIndex
      }
    }
  }
`);
