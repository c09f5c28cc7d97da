/** What the enrolments module announces (inside the transaction that changed the enrolments, the programme row locked). */
export interface EnrolmentEvents {
  /** Learners completed a programme (their certificates are issued in the same transaction). */
  'enrolment.completed': { programmeId: string; enrolmentIds: string[] };
  /** Waitlisted learners got a seat that was freed or added. */
  'enrolment.promoted': { programmeId: string; enrolmentIds: string[] };
  /** Staff dropped learners (the holding organization or the host; an applicant's own cancellation is the applications module's). */
  'enrolment.dropped': { programmeId: string; enrolmentIds: string[] };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends EnrolmentEvents {}
}
