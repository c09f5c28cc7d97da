/** What the tasks module announces (inside the transaction that changed the task). */
export interface TaskEvents {
  /** A task reached an organization (and maybe a person of it). */
  'task.assigned': {
    taskId: string;
    title: string;
    fromOrganizationId: string;
    assigneeOrganizationId: string;
    assigneeUserId: string | null;
    dueOn: string | null;
  };
  /** The assignee finished it: the asker is told. */
  'task.done': { taskId: string; title: string; fromOrganizationId: string; assigneeOrganizationId: string };
  /** The day before a due date (09:00 Seoul), scheduled through the outbox; stale when the task moved or was closed. */
  'task.reminder': { taskId: string; dueOn: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends TaskEvents {}
}
