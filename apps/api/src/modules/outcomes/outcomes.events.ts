/** What the outcomes module announces (inside the transaction that recorded it). */
export interface OutcomeEvents {
  /** An outcome was recorded for a person (employment, a start-up, …): KPIs and notifications follow. */
  'outcome.recorded': { outcomeId: string; participantId: string; organizationId: string; kind: string };
  /** A follow-up is due today (scheduled at its creation for 09:00 Seoul on its day; stale once it is done). */
  'follow_up.due': { followUpId: string; organizationId: string; dueOn: string };
  /** Staff asked the person by text now (before the due day, instead of calling). */
  'follow_up.ask': { followUpId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends OutcomeEvents {}
}
