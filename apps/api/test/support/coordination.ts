import { graphql } from '../gql';

/** The coordination modules' test operations (tasks, notifications). */
export const SAVE_TASK = graphql(`
  mutation TestSaveTask($i: TaskInput!) {
    saveTask(input: $i) {
      id
      title
      status
      dueOn
      askedByMe
      allowedSteps
      checklist {
        text
        done
      }
      assigneeOrganization {
        shortCode
      }
    }
  }
`);
export const TASK = graphql(`
  query TestTask($id: ID!) {
    task(id: $id) {
      id
      title
      status
      overdue
      askedByMe
      allowedSteps
      assignee {
        displayName
      }
    }
  }
`);
export const TASKS = graphql(`
  query TestTasks($view: String, $overdue: Boolean, $statuses: [TaskStatus!]) {
    tasks(view: $view, overdue: $overdue, statuses: $statuses, limit: 100) {
      totalCount
      items {
        id
        title
        status
      }
    }
  }
`);
export const TASK_STATUS = graphql(`
  mutation TestTaskStatus($id: ID!, $s: TaskStatus!) {
    setTaskStatus(id: $id, status: $s) {
      id
      status
    }
  }
`);
export const CHECK_ITEM = graphql(`
  mutation TestCheckItem($id: ID!, $index: Int!, $done: Boolean!) {
    checkTaskItem(id: $id, index: $index, done: $done) {
      id
      allowedSteps
    }
  }
`);
export const TALLY = graphql(`
  query TestTaskTally($streamId: ID!) {
    streamTaskTally(streamId: $streamId) {
      organizationId
      open
      overdue
      done
    }
  }
`);
export const NOTIFICATIONS = graphql(`
  query TestNotifications($unreadOnly: Boolean) {
    unreadNotificationCount
    notifications(unreadOnly: $unreadOnly, limit: 50) {
      totalCount
      items {
        id
        kind
        title
        link
        readAt
      }
    }
  }
`);
export const MARK_READ = graphql(`
  mutation TestMarkRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
export const SET_PREFERENCE = graphql(`
  mutation TestSetPreference($kind: NotificationKind!, $email: EmailChannel!) {
    setNotificationPreference(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);
export const PUBLISH = graphql(`
  mutation TestPublish($i: AnnouncementInput!) {
    publishAnnouncement(input: $i) {
      id
      title
      sentByMe
    }
  }
`);
export const ANNOUNCEMENT = graphql(`
  query TestAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      readByMe
      sentByMe
      reach {
        organization {
          shortCode
        }
        audience
        read
      }
    }
  }
`);
export const ANNOUNCEMENTS = graphql(`
  query TestAnnouncements($unreadOnly: Boolean) {
    announcements(unreadOnly: $unreadOnly, limit: 50) {
      totalCount
      items {
        id
        title
        pinnedUntil
        readByMe
      }
    }
  }
`);
export const READ_ANNOUNCEMENT = graphql(`
  mutation TestReadAnnouncement($id: ID!) {
    markAnnouncementRead(id: $id) {
      id
      readByMe
    }
  }
`);
