import { graphql } from '../gql';

/** The catalogue tests' operations (typed documents). */
export const SAVE_OFFER = graphql(`
  mutation TestSaveOffer($i: ProgrammeOfferInput!) {
    saveProgrammeOffer(input: $i) {
      programmeId
      published
      selection
      feeWon
      districts
    }
  }
`);
export const OFFER = graphql(`
  query TestProgrammeOffer($id: ID!) {
    programme(id: $id) {
      id
      offer {
        published
        applyUntil
        selection
      }
    }
  }
`);
export const INSTRUCTOR = graphql(`
  mutation TestCatalogueInstructor($i: InstructorInput!) {
    createInstructor(input: $i) {
      id
    }
  }
`);
