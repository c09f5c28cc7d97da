import { Opportunities1796240000000 } from './1796240000000-Opportunities';

/** The openings module's migrations (the composition root orders every module's by time; the first keeps the name it ran under, when the module was called opportunities). */
export const MIGRATIONS = [Opportunities1796240000000];
