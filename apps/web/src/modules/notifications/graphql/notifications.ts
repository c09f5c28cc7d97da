import { graphql } from '../../../gql';

export const UNREAD_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATION_LIST = graphql(`
  query NotificationList($unreadOnly: Boolean, $offset: Int, $limit: Int) {
    unreadNotificationCount
    notifications(unreadOnly: $unreadOnly, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        kind
        title
        link
        readAt
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

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      email
    }
  }
`);

export const SET_PREFERENCE = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailChannel!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);

/** Sent over WebSocket (graphql-ws) by the bell; the text is here so codegen checks it against the schema. */
export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
      title
      link
    }
  }
`);
