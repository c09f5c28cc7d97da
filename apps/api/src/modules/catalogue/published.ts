import type { EntityManager } from 'typeorm';
import { ProgrammeOffer } from './offer.entity';

/* What other modules may read of the catalogue's table: the published contract (see organizations/published.ts). */

/** A programme's offer to citizens (null: never set). */
export function findOffer(em: EntityManager, programmeId: string): Promise<ProgrammeOffer | null> {
  return em.findOneBy(ProgrammeOffer, { programmeId });
}
