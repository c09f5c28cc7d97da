/** Every migration in order. `npm run migration:generate -- Name` adds one here. */
import type { MigrationInterface } from 'typeorm';
import { MeetingsComments1796300000000 } from './1796300000000-MeetingsComments';
import { Coordination1796270000000 } from './1796270000000-Coordination';
import { Outbox1796163823040 } from './1796163823040-Outbox';
import { RateLimit1796160000000 } from './1796160000000-RateLimit';
import { ReadCacheSignal1796380000000 } from './1796380000000-ReadCacheSignal';
import { ReadCacheSignalNamesTable1796482300000 } from './1796482300000-ReadCacheSignalNamesTable';
import { SurveysTargetsReports1796360000000 } from './1796360000000-SurveysTargetsReports';
import { Learn1795558689620 } from './1795558689620-Learn';
import { Foundation1795553957124 } from './1795553957124-Foundation';
/** The platform's own migrations and its history before modules owned theirs; each module declares the rest. */
export const CORE_MIGRATIONS: Array<new () => MigrationInterface> = [
  Foundation1795553957124,
  Learn1795558689620,
  RateLimit1796160000000,
  Outbox1796163823040,
  Coordination1796270000000,
  MeetingsComments1796300000000,
  SurveysTargetsReports1796360000000,
  ReadCacheSignal1796380000000,
  ReadCacheSignalNamesTable1796482300000,
];
