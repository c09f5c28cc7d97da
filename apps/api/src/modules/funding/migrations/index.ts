import { Funding1795556911512 } from './1795556911512-Funding';
import { ExpenditureLineScope1796155368224 } from './1796155368224-ExpenditureLineScope';

/** The funding module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Funding1795556911512, ExpenditureLineScope1796155368224];
