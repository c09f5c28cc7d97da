import { graphql } from '../../../gql';

export const ANNOUNCEMENT_LIST = graphql(`
  query AnnouncementList($unreadOnly: Boolean, $offset: Int, $limit: Int) {
    announcements(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        title
        pinnedUntil
        readByMe
        createdAt
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);

export const ANNOUNCEMENT_DETAIL = graphql(`
  query AnnouncementDetail($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      pinnedUntil
      readByMe
      sentByMe
      audienceRoles
      createdAt
      organization {
        id
        nameKo
        nameEn
      }
      reach {
        audience
        read
        firstReadAt
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);

export const PUBLISH_ANNOUNCEMENT = graphql(`
  mutation PublishAnnouncement($input: AnnouncementInput!) {
    publishAnnouncement(input: $input) {
      id
    }
  }
`);

export const MARK_ANNOUNCEMENT_READ = graphql(`
  mutation MarkAnnouncementRead($id: ID!) {
    markAnnouncementRead(id: $id) {
      id
      readByMe
    }
  }
`);

export const ANNOUNCEMENT_STREAMS = graphql(`
  query AnnouncementStreams {
    fundingStreams {
      id
      nameKo
      fiscalYear
      nameEn
      myRole
      members {
        id
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
