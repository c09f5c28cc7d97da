import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The referrals feature's card on the home of my work: referrals received and not yet decided. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'referrals.inbox',
    name: { ko: '연계 의뢰', en: 'Referrals' },
    places: ['home'],
    order: 35,
    permission: Permission.ParticipantManage,
    card: () => import('./InboxCard'),
  },
];
