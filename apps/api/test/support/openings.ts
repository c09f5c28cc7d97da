import { graphql } from '../gql';

/** The openings tests' operations (typed documents). */
export const SAVE_OPENING = graphql(`
  mutation TestSaveOpening($i: OpeningInput!) {
    saveOpening(input: $i) {
      id
      status
      employmentType
    }
  }
`);
export const OPENING = graphql(`
  query TestOpening($id: ID!) {
    opening(id: $id) {
      id
      title
      status
      postedByMe
    }
  }
`);
export const HIRE = graphql(`
  mutation TestHireReferred($id: ID!) {
    hireReferred(id: $id) {
      id
      status
      outcome
      hiredAt
    }
  }
`);
