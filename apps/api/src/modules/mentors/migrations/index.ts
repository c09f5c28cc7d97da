import { Mentors1796200000000 } from './1796200000000-Mentors';
import { MentorGroups1796250000000 } from './1796250000000-MentorGroups';
import { MentorLoadIndex1796260000000 } from './1796260000000-MentorLoadIndex';

/** The mentors module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Mentors1796200000000, MentorGroups1796250000000, MentorLoadIndex1796260000000];
