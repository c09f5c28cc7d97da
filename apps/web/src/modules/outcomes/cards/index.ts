import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The outcomes feature's card on the home of my work: follow-ups due within two weeks. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'outcomes.due',
    name: { ko: '추적 조사', en: 'Follow-ups' },
    places: ['home'],
    order: 38,
    permission: Permission.ParticipantManage,
    card: () => import('./DueFollowUpsCard'),
  },
];
