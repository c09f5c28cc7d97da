/** What the citizens module announces (no code, number or token rides in an event). */
export interface CitizenEvents {
  /** A sign-in code was asked for: the handler texts one if the number belongs to someone held (else nothing). */
  'citizen.code_requested': { signInId: string };
  /** An organization answered: the person is told by text. */
  'privacy_request.answered': { requestId: string; participantId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends CitizenEvents {}
}
