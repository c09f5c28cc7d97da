import { graphql } from '../../../gql';

export const PROGRAMME_OFFER = graphql(`
  query ProgrammeOffer($id: ID!) {
    programme(id: $id) {
      id
      status
      capacity
      canRun
      offer {
        published
        applyFrom
        applyUntil
        selection
        feeWon
        minAge
        maxAge
        districts
        residentQuota
        perPersonLimit
        accessibility
        contactPhone
        jobTrainingSupport
        creditBank
        learningAccount
      }
    }
  }
`);

export const SAVE_OFFER = graphql(`
  mutation SaveProgrammeOffer($i: ProgrammeOfferInput!) {
    saveProgrammeOffer(input: $i) {
      programmeId
      published
    }
  }
`);
