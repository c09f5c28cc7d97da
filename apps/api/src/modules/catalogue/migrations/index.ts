import { ProgrammeOffers1796480000000 } from './1796480000000-ProgrammeOffers';
import { PerPersonLimit1796480600000 } from './1796480600000-PerPersonLimit';

/** The catalogue module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [ProgrammeOffers1796480000000, PerPersonLimit1796480600000];
