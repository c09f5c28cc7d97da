import type { EntityManager } from 'typeorm';
import { Programme } from './programme.entity';

/**
 * Reads back the counters the enrolment_tally trigger keeps on the programme row (seats taken, applied, waitlisted,
 * completed, dropped, no-show, not completed) into `p`, after enrolments changed in the caller's transaction.
 */
export async function refreshCounters(em: EntityManager, p: Programme): Promise<void> {
  const fresh = await em.findOneOrFail(Programme, {
    where: { id: p.id },
    select: {
      id: true,
      seatsTaken: true,
      appliedCount: true,
      waitlistedCount: true,
      completedCount: true,
      droppedCount: true,
      noShowCount: true,
      notCompletedCount: true,
    },
  });
  Object.assign(p, {
    seatsTaken: fresh.seatsTaken,
    appliedCount: fresh.appliedCount,
    waitlistedCount: fresh.waitlistedCount,
    completedCount: fresh.completedCount,
    droppedCount: fresh.droppedCount,
    noShowCount: fresh.noShowCount,
    notCompletedCount: fresh.notCompletedCount,
  });
}

/**
 * The enrolment counts a programme's counters give (its `enrolmentCounts` field): each as a value of the row and as SQL
 * over a programme aliased `alias`, so the resolver and the list's one-statement read count alike. ENROLLED is seats
 * taken less those who completed or did not.
 */
export const ENROLMENT_COUNTS: Readonly<Record<string, { of: (p: Programme) => number; sql: (alias: string) => string }>> = {
  applied: { of: (p) => p.appliedCount, sql: (a) => `${a}.applied_count` },
  enrolled: {
    of: (p) => p.seatsTaken - p.completedCount - p.notCompletedCount,
    sql: (a) => `(${a}.seats_taken - ${a}.completed_count - ${a}.not_completed_count)`,
  },
  waitlisted: { of: (p) => p.waitlistedCount, sql: (a) => `${a}.waitlisted_count` },
  completed: { of: (p) => p.completedCount, sql: (a) => `${a}.completed_count` },
  notCompleted: { of: (p) => p.notCompletedCount, sql: (a) => `${a}.not_completed_count` },
  dropped: { of: (p) => p.droppedCount, sql: (a) => `${a}.dropped_count` },
  noShow: { of: (p) => p.noShowCount, sql: (a) => `${a}.no_show_count` },
};
