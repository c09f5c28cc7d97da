/** What the messaging module announces. */
export interface MessagingEvents {
  /** A text to a citizen was not sent: the organization's monthly budget is spent (its staff are told, once a day). */
  'message.over_budget': { organizationId: string; month: string; kind: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends MessagingEvents {}
}
