import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The citizens feature's card on the home of my work: privacy requests against their deadline. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'citizens.requests',
    name: { ko: '개인정보 요구', en: 'Privacy requests' },
    places: ['home'],
    order: 12,
    permission: Permission.ParticipantManage,
    card: () => import('./PrivacyRequestsCard'),
  },
];
