import { SurveyBatches1796420000000 } from './1796420000000-SurveyBatches';

/** The surveys module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [SurveyBatches1796420000000];
