import { graphql } from '../gql';

/** The applications tests' operations (typed documents). */
export const APPLICATIONS = graphql(`
  query TestApplications($id: ID!) {
    programme(id: $id) {
      id
      applications {
        id
        number
        status
        resident
        drawRank
        reason
        participantKey
        enrolmentStatus
      }
      draw {
        seedHash
        seed
        drawnAt
      }
    }
  }
`);
export const DRAW = graphql(`
  mutation TestDrawApplications($id: ID!) {
    drawApplications(programmeId: $id) {
      seedHash
      seed
    }
  }
`);
export const DECIDE = graphql(`
  mutation TestDecideApplication($id: ID!, $accept: Boolean!, $reason: String) {
    decideApplication(id: $id, accept: $accept, reason: $reason) {
      id
      status
      reason
    }
  }
`);
export const MESSAGE_USAGE = graphql(`
  query TestMessageUsage($org: ID!) {
    messageUsage(organizationId: $org) {
      month
      sent
      overBudget
      monthlyLimit
    }
  }
`);
export const SET_BUDGET = graphql(`
  mutation TestSetMessageBudget($org: ID!, $n: Int!) {
    setMessageBudget(organizationId: $org, monthlyLimit: $n) {
      monthlyLimit
    }
  }
`);
