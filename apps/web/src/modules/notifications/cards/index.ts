import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The notifications feature's card on the home of my work. */
export const cards: readonly FeatureCard[] = [
  { key: 'notifications.recent', places: ['home'], order: 1, permission: Permission.Self, card: () => import('./RecentNotificationsCard') },
];
