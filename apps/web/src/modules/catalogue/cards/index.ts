import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The public door's card on the home of my work: new online applications to the programmes we run. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'catalogue.applications',
    name: { ko: '시민 온라인 신청', en: 'Online applications' },
    places: ['home'],
    order: 25,
    permission: Permission.ParticipantManage,
    card: () => import('./ApplicationsCard'),
  },
];
