/** What the mentors module announces (inside the transaction that changed the assignment). */
export interface MentorEvents {
  /** Staff of a class's host assigned a mentor; the organization holding the mentor is asked to reply. */
  'mentor.assigned': {
    assignmentId: string;
    mentorId: string;
    sessionId: string;
    hostOrganizationId: string;
    mentorOrganizationId: string;
  };
  /** The mentor (through their organization) confirmed or declined. */
  'mentor.responded': { assignmentId: string; accepted: boolean; hostOrganizationId: string; mentorOrganizationId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends MentorEvents {}
}
