import { graphql } from '../../../gql';

export const OPENINGS = graphql(`
  query OpeningBoard($open: Boolean, $mine: Boolean, $offset: Int) {
    openings(open: $open, mine: $mine, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        kind
        title
        description
        skills
        places
        deadline
        status
        employmentType
        streamId
        postedByMe
        organization {
          id
          nameKo
          nameEn
        }
        programmes {
          id
          titleKo
          titleEn
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
export const SAVE_OPENING = graphql(`
  mutation SaveOpening($input: OpeningInput!) {
    saveOpening(input: $input) {
      id
    }
  }
`);
