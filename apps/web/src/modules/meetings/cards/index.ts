import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The meetings feature's card on the home of my work. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'meetings.upcoming',
    name: { ko: '회의', en: 'Meetings' },
    places: ['home'],
    order: 4,
    permission: Permission.CoordinationRead,
    card: () => import('./UpcomingMeetingsCard'),
  },
];
