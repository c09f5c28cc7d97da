import { graphql } from '../../../gql';
import type { TaskDetailQuery } from '../../../gql/graphql';

export const TASK_LIST = graphql(`
  query TaskList($view: String, $statuses: [TaskStatus!], $overdue: Boolean, $mine: Boolean, $offset: Int, $limit: Int) {
    tasks(view: $view, statuses: $statuses, overdue: $overdue, mine: $mine, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        title
        status
        priority
        dueOn
        overdue
        organization {
          id
          nameKo
          nameEn
        }
        assigneeOrganization {
          id
          nameKo
          nameEn
        }
        assignee {
          id
          displayName
        }
      }
    }
  }
`);

export const TASK_DETAIL = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      id
      title
      description
      status
      priority
      dueOn
      overdue
      streamId
      recordType
      recordId
      askedByMe
      allowedSteps
      completedAt
      createdAt
      checklist {
        text
        done
      }
      organization {
        id
        nameKo
        nameEn
      }
      assigneeOrganization {
        id
        nameKo
        nameEn
      }
      assignee {
        id
        displayName
      }
    }
  }
`);
export type TaskDetail = NonNullable<TaskDetailQuery['task']>;

export const TASK_STREAMS = graphql(`
  query TaskStreams {
    fundingStreams {
      id
      nameKo
      fiscalYear
      nameEn
      myRole
      periodStart
      periodEnd
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

export const SAVE_TASK = graphql(`
  mutation SaveTask($input: TaskInput!) {
    saveTask(input: $input) {
      id
      title
      status
      dueOn
      priority
    }
  }
`);

export const SET_TASK_STATUS = graphql(`
  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {
    setTaskStatus(id: $id, status: $status) {
      id
      status
      allowedSteps
      completedAt
    }
  }
`);

export const CHECK_TASK_ITEM = graphql(`
  mutation CheckTaskItem($id: ID!, $index: Int!, $done: Boolean!) {
    checkTaskItem(id: $id, index: $index, done: $done) {
      id
      allowedSteps
      checklist {
        text
        done
      }
    }
  }
`);

export const TASK_TALLY = graphql(`
  query TaskTally($streamId: ID!) {
    streamTaskTally(streamId: $streamId) {
      organizationId
      open
      overdue
      done
    }
  }
`);
