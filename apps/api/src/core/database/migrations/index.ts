/** Every migration in order. `npm run migration:generate -- Name` adds one here. */
import type { MigrationInterface } from 'typeorm';
import { AnnouncementPillars1796340000000 } from './1796340000000-AnnouncementPillars';
import { FollowUpDue1796330000000 } from './1796330000000-FollowUpDue';
import { SearchIndexes1796320000000 } from './1796320000000-SearchIndexes';
import { InvitationEmail1796310000000 } from './1796310000000-InvitationEmail';
import { MeetingsComments1796300000000 } from './1796300000000-MeetingsComments';
import { Announcements1796290000000 } from './1796290000000-Announcements';
import { Documents1796280000000 } from './1796280000000-Documents';
import { Coordination1796270000000 } from './1796270000000-Coordination';
import { MentorLoadIndex1796260000000 } from './1796260000000-MentorLoadIndex';
import { MentorGroups1796250000000 } from './1796250000000-MentorGroups';
import { Opportunities1796240000000 } from './1796240000000-Opportunities';
import { Activities1796230000000 } from './1796230000000-Activities';
import { Outcomes1796220000000 } from './1796220000000-Outcomes';
import { Referrals1796210000000 } from './1796210000000-Referrals';
import { Mentors1796200000000 } from './1796200000000-Mentors';
import { ProgrammeSessionName1796170000000 } from './1796170000000-ProgrammeSessionName';
import { SessionCancel1796180000000 } from './1796180000000-SessionCancel';
import { NotCompleted1796190000000 } from './1796190000000-NotCompleted';
import { Outbox1796163823040 } from './1796163823040-Outbox';
import { RateLimit1796160000000 } from './1796160000000-RateLimit';
import { ExpenditureLineScope1796155368224 } from './1796155368224-ExpenditureLineScope';
import { EnrolmentTally1795560795657 } from './1795560795657-EnrolmentTally';
import { KpiDimensions1796370000000 } from './1796370000000-KpiDimensions';
import { ReadCacheSignal1796380000000 } from './1796380000000-ReadCacheSignal';
import { ApiKeys1796390000000 } from './1796390000000-ApiKeys';
import { SurveysTargetsReports1796360000000 } from './1796360000000-SurveysTargetsReports';
import { KpiRollups1796350000000 } from './1796350000000-KpiRollups';
import { Learn1795558689620 } from './1795558689620-Learn';
import { Funding1795556911512 } from './1795556911512-Funding';
import { Foundation1795553957124 } from './1795553957124-Foundation';
import { ProvisionDetail1796400000000 } from './1796400000000-ProvisionDetail';
import { KnownDevices1796410000000 } from './1796410000000-KnownDevices';
import { SurveyBatches1796420000000 } from './1796420000000-SurveyBatches';
import { DocumentQuota1796430000000 } from './1796430000000-DocumentQuota';
import { VenueReleases1796440000000 } from './1796440000000-VenueReleases';
import { KpiHolderCells1796450000000 } from './1796450000000-KpiHolderCells';
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Foundation1795553957124,
  Funding1795556911512,
  Learn1795558689620,
  EnrolmentTally1795560795657,
  ExpenditureLineScope1796155368224,
  RateLimit1796160000000,
  Outbox1796163823040,
  ProgrammeSessionName1796170000000,
  SessionCancel1796180000000,
  NotCompleted1796190000000,
  Mentors1796200000000,
  Referrals1796210000000,
  Outcomes1796220000000,
  Activities1796230000000,
  Opportunities1796240000000,
  MentorGroups1796250000000,
  MentorLoadIndex1796260000000,
  Coordination1796270000000,
  Documents1796280000000,
  Announcements1796290000000,
  MeetingsComments1796300000000,
  InvitationEmail1796310000000,
  SearchIndexes1796320000000,
  FollowUpDue1796330000000,
  AnnouncementPillars1796340000000,
  KpiRollups1796350000000,
  SurveysTargetsReports1796360000000,
  KpiDimensions1796370000000,
  ReadCacheSignal1796380000000,
  ApiKeys1796390000000,
  ProvisionDetail1796400000000,
  KnownDevices1796410000000,
  SurveyBatches1796420000000,
  DocumentQuota1796430000000,
  VenueReleases1796440000000,
  KpiHolderCells1796450000000,
];
