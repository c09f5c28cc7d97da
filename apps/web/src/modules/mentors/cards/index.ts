import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The mentors feature's cards on the home of my work. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'mentors.work',
    name: { ko: '멘토 배치', en: 'Mentor placements' },
    places: ['home'],
    order: 30,
    permission: Permission.ParticipantManage,
    card: () => import('./MentorWorkCard'),
  },
];
