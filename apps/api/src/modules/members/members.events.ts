/** What the members module announces (inside the transaction that made the invitation). */
export interface MemberEvents {
  /** An invitation was made: the invitee is e-mailed a link of their own after commit (no token rides in the event). */
  'member.invited': { invitationId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends MemberEvents {}
}
