import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The meetings feature's card on the home of my work. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'meetings.upcoming',
    places: ['home'],
    order: 4,
    permission: Permission.CoordinationRead,
    card: () => import('./UpcomingMeetingsCard'),
  },
];
