/** What the applications module announces; each is texted to the applicant after commit (no code or token rides in an event). */
export interface ApplicationEvents {
  /** A phone code was asked for: the handler makes the code, keeps its hash and texts it. */
  'application.code_requested': { draftId: string };
  /** An application counted (the phone confirmed): enrolled, waitlisted or waiting for the draw or the review. */
  'application.received': { applicationId: string };
  /** A draw or a review decided it. */
  'application.decided': { applicationId: string };
  /** The day before the class: time and place (planned when a seat is given; planned again if the class moves). */
  'application.reminder': { applicationId: string };
  /** The applicant cancelled it through their link. */
  'application.cancelled': { applicationId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends ApplicationEvents {}
}
