import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The outcomes feature's card on the home of my work: follow-ups due within two weeks. */
export const cards: readonly FeatureCard[] = [
  { key: 'outcomes.due', places: ['home'], order: 38, permission: Permission.ParticipantManage, card: () => import('./DueFollowUpsCard') },
];
