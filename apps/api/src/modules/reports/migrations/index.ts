import { ReportKept1796481000000 } from './1796481000000-ReportKept';

/** The reports module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [ReportKept1796481000000];
