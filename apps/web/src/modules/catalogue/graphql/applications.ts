import { graphql } from '../../../gql';

export const PROGRAMME_APPLICATIONS = graphql(`
  query ProgrammeApplications($id: ID!) {
    programme(id: $id) {
      id
      canRun
      offer {
        selection
        applyUntil
        published
      }
      applications {
        id
        number
        status
        resident
        drawRank
        reason
        participantKey
        enrolmentStatus
        createdAt
      }
      draw {
        seedHash
        seed
        drawnAt
      }
    }
  }
`);

export const DRAW_APPLICATIONS = graphql(`
  mutation DrawApplications($id: ID!) {
    drawApplications(programmeId: $id) {
      seedHash
      seed
      drawnAt
    }
  }
`);

export const DECIDE_APPLICATION = graphql(`
  mutation DecideApplication($id: ID!, $accept: Boolean!, $reason: String) {
    decideApplication(id: $id, accept: $accept, reason: $reason) {
      id
      status
      reason
    }
  }
`);

export const RECENT_APPLICATIONS = graphql(`
  query RecentApplications {
    recentApplications {
      programmeId
      title
      newThisWeek
      pending
    }
  }
`);
