import { graphql } from '../../../gql';

/** The programme list comes in pages of this size. */
export const PROGRAMMES_PAGE = 20;

export const LIST = graphql(`
  query ProgrammeList(
    $streamId: ID
    $pillar: Pillar
    $domain: EducationDomain
    $status: [ProgrammeStatus!]
    $organizationId: ID
    $search: String
    $offset: Int!
  ) {
    programmes(
      streamId: $streamId
      pillar: $pillar
      domain: $domain
      status: $status
      organizationId: $organizationId
      search: $search
      offset: $offset
      limit: 20
    ) {
      totalCount
      items {
        id
        titleKo
        titleEn
        status
        pillar
        domain
        capacity
        seatsTaken
        startsOn
        parentId
        host {
          id
          nameKo
          nameEn
        }
        stream {
          id
          nameKo
          nameEn
        }
        enrolmentCounts {
          enrolled
          waitlisted
          completed
        }
        sessions {
          id
        }
      }
    }
    fundingStreams {
      id
      nameKo
      fiscalYear
      nameEn
    }
    initiatives {
      id
      nameKo
      nameEn
      streamId
    }
    organizations(limit: 100) {
      items {
        id
        nameKo
        nameEn
      }
    }
  }
`);
export const QUEUE = graphql(`
  query ProgrammeApprovalQueue {
    programmeApprovalQueue {
      id
      titleKo
      titleEn
      host {
        id
        nameKo
        nameEn
      }
    }
  }
`);
export const CREATE = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);
