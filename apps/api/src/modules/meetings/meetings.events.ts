/** What the meetings module announces (inside the transaction that changed the meeting). */
export interface MeetingEvents {
  /** Organizations were invited (a new meeting, or newly added ones). */
  'meeting.invited': { meetingId: string; title: string; startsAt: string; fromOrganizationId: string; organizationIds: string[] };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends MeetingEvents {}
}
