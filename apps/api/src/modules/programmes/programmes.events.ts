import type { ProgrammeStatus } from '@lalaland/shared';

/** What the programmes module announces (inside the transaction that changed the programme, its row locked). */
export interface ProgrammeEvents {
  /** A lifecycle step (PROPOSED, APPROVED, RECRUITING, RUNNING, COMPLETED, CANCELLED, …). */
  'programme.status_changed': { programmeId: string; from: ProgrammeStatus; to: ProgrammeStatus };
  /** Capacity grew: seats may be free for the waitlist. */
  'programme.capacity_raised': { programmeId: string; from: number; to: number };
  /** A session is about to be deleted: a module holding records of it refuses by throwing (attendance taken). */
  'session.deleting': { sessionId: string; programmeId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends ProgrammeEvents {}
}
