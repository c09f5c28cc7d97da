import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The announcements feature's card on the home of my work. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'announcements.unread',
    name: { ko: '공지', en: 'Announcements' },
    places: ['home'],
    order: 2,
    permission: Permission.CoordinationRead,
    card: () => import('./UnreadAnnouncementsCard'),
  },
];
