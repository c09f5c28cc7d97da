import { CitizenSpace1796482100000 } from './1796482100000-CitizenSpace';

/** The citizens module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [CitizenSpace1796482100000];
