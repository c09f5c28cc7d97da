import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The tasks feature's card on the home of my work: what my organization was asked to do. */
export const cards: readonly FeatureCard[] = [
  {
    key: 'tasks.mine',
    name: { ko: '우리 기관이 할 일', en: 'Tasks' },
    places: ['home'],
    order: 3,
    permission: Permission.CoordinationRead,
    card: () => import('./MyTasksCard'),
  },
];
