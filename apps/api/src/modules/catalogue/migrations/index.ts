import { ProgrammeOffers1796480000000 } from './1796480000000-ProgrammeOffers';

/** The catalogue module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [ProgrammeOffers1796480000000];
