import { Activities1796230000000 } from './1796230000000-Activities';

/** The activities module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Activities1796230000000];
