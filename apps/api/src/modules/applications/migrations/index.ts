import { PublicApplications1796480300000 } from './1796480300000-PublicApplications';
/** The applications module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [PublicApplications1796480300000];
