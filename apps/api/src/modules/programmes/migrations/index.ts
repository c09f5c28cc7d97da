import { ProgrammeSessionName1796170000000 } from './1796170000000-ProgrammeSessionName';
import { SessionCancel1796180000000 } from './1796180000000-SessionCancel';
import { VenueReleases1796440000000 } from './1796440000000-VenueReleases';
import { RecurringProgrammes1796481200000 } from './1796481200000-RecurringProgrammes';

/** The programmes module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [
  ProgrammeSessionName1796170000000,
  SessionCancel1796180000000,
  VenueReleases1796440000000,
  RecurringProgrammes1796481200000,
];
