import type { ApiModule } from '../../core/module';
import { AnnouncementsModule } from './announcements.module';
import { Announcement, AnnouncementReceipt } from './announcement.entity';
import { AnnouncementResolver } from './announcements.resolver';
import { ANNOUNCEMENTS_ERRORS } from './announcements.errors';
import { MIGRATIONS } from './migrations';

/** Coordination: announcements to a stream's members with read receipts. */
export const announcements: ApiModule = {
  name: 'announcements',
  nest: AnnouncementsModule,
  entities: [Announcement, AnnouncementReceipt],
  resolvers: [AnnouncementResolver],
  errors: ANNOUNCEMENTS_ERRORS,
  migrations: MIGRATIONS,
};

export { AnnouncementsModule };
export { ANNOUNCEMENT_ACCESS } from './announcement.access';
export type { AnnouncementEvents } from './announcements.events';
