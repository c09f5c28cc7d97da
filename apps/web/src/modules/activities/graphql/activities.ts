import { graphql } from '../../../gql';
import type { ActivityDetailQuery, ActivityPeopleQuery } from '../../../gql/graphql';

graphql(`
  fragment ActivityFiguresRow on ActivityFigures {
    participants
    people
    hours
    mixIndex
    generations {
      band
      count
    }
  }
`);

export const LIST = graphql(`
  query ActivityList($kind: ActivityKind, $mine: Boolean, $offset: Int) {
    activities(kind: $kind, mine: $mine, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        kind
        title
        startsOn
        endsOn
        runByMe
        organization {
          id
          nameKo
          nameEn
        }
        figures {
          ...ActivityFiguresRow
        }
      }
    }
  }
`);

export const DETAIL = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      id
      kind
      title
      description
      startsOn
      endsOn
      streamId
      openHeadcount
      runByMe
      organization {
        id
        nameKo
        nameEn
      }
      leader {
        id
        pseudonymKey
        personal {
          name
        }
      }
      figures {
        ...ActivityFiguresRow
      }
    }
  }
`);
export type ActivityDetail = ActivityDetailQuery['activity'];

export const PEOPLE = graphql(`
  query ActivityPeople($id: ID!) {
    activity(id: $id) {
      id
      people {
        participantId
        ageBand
        hours
        participant {
          id
          pseudonymKey
          personal {
            name
          }
        }
      }
    }
  }
`);

export type ActivityPerson = NonNullable<ActivityPeopleQuery['activity']['people']>[number];

export const SAVE = graphql(`
  mutation SaveActivity($input: ActivityInput!) {
    saveActivity(input: $input) {
      id
    }
  }
`);
export const ADD_PEOPLE = graphql(`
  mutation AddActivityParticipants($input: ActivityPeopleInput!) {
    addActivityParticipants(input: $input)
  }
`);
export const SET_HOURS = graphql(`
  mutation SetActivityHours($input: ActivityHoursInput!) {
    setActivityHours(input: $input) {
      participantId
      hours
    }
  }
`);
export const CANDIDATES = graphql(`
  query ActivityCandidates($search: String) {
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
    fundingStreams {
      id
      nameKo
      fiscalYear
      nameEn
    }
  }
`);
