import { Outcomes1796220000000 } from './1796220000000-Outcomes';
import { FollowUpDue1796330000000 } from './1796330000000-FollowUpDue';
import { SelfReportedFollowUps1796482200000 } from './1796482200000-SelfReportedFollowUps';

/** The outcomes module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Outcomes1796220000000, FollowUpDue1796330000000, SelfReportedFollowUps1796482200000];
