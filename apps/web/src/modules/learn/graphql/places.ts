import { graphql } from '../../../gql';

export const VENUES = graphql(`
  query Venues($offset: Int!) {
    venues(offset: $offset, limit: 20) {
      totalCount
      items {
        id
        name
        address
        capacity
        isSample
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
export const INSTRUCTORS = graphql(`
  query Instructors($streamId: ID!, $field: String, $district: String, $offset: Int!) {
    instructors(streamId: $streamId, field: $field, district: $district, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        name
        fields
        districts
        bio
        isSample
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
export const STREAMS = graphql(`
  query InstructorStreams {
    fundingStreams {
      id
      nameKo
      fiscalYear
      nameEn
    }
  }
`);
export const CREATE_VENUE = graphql(`
  mutation CreateVenue($input: VenueInput!) {
    createVenue(input: $input) {
      id
    }
  }
`);
export const CREATE_INSTRUCTOR = graphql(`
  mutation CreateInstructor($input: InstructorInput!) {
    createInstructor(input: $input) {
      id
    }
  }
`);
