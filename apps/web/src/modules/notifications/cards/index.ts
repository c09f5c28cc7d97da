import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The notifications feature's card on the home of my work. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'notifications.recent',
    name: { ko: '알림', en: 'Notifications' },
    places: ['home'],
    order: 1,
    permission: Permission.Self,
    card: () => import('./RecentNotificationsCard'),
  },
];
