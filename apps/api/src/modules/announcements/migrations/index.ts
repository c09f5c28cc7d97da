import { Announcements1796290000000 } from './1796290000000-Announcements';
import { AnnouncementPillars1796340000000 } from './1796340000000-AnnouncementPillars';

/** The announcements module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Announcements1796290000000, AnnouncementPillars1796340000000];
