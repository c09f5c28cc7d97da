import { Opportunities1796240000000 } from './1796240000000-Opportunities';

/** The opportunities module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Opportunities1796240000000];
