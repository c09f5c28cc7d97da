import { WaitlistQueueRank1796480100000 } from './1796480100000-WaitlistQueueRank';
import { EnrolmentTally1795560795657 } from './1795560795657-EnrolmentTally';
import { NotCompleted1796190000000 } from './1796190000000-NotCompleted';
import { SelfCheckIn1796482000000 } from './1796482000000-SelfCheckIn';

/** The enrolments module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [
  EnrolmentTally1795560795657,
  NotCompleted1796190000000,
  WaitlistQueueRank1796480100000,
  SelfCheckIn1796482000000,
];
