/** What the privacy module announces. */
export interface PrivacyEvents {
  /** The night's destruction is due (scheduled through the outbox for 03:00 Seoul; each run schedules the next). */
  'privacy.destruction_due': { night: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends PrivacyEvents {}
}
