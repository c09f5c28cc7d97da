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
