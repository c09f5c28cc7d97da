import type { ApiModule } from '../../core/module';
import { NotificationsModule } from './notifications.module';
import { Notification, NotificationDigest, NotificationPreference } from './notification.entity';
import { NotificationResolver } from './notifications.resolver';
import { NOTIFICATIONS_ERRORS } from './notifications.errors';

/**
 * Notifications: what the other modules' events mean for each person — the bell, live over WebSocket on every replica,
 * e-mail at once or in the morning's digest. Last in the list: it listens to everyone and nobody listens to it.
 */
export const notifications: ApiModule = {
  name: 'notifications',
  nest: NotificationsModule,
  entities: [Notification, NotificationPreference, NotificationDigest],
  resolvers: [NotificationResolver],
  errors: NOTIFICATIONS_ERRORS,
  quietTables: ['notification', 'notification_digest'], // per person, pushed live; no cached answer reads them
};

export { NotificationsModule, Notification };
