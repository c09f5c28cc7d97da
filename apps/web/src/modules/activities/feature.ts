import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Act: citizens' activities with who takes part, their hours and the generation mix. */
export const activities: Feature = {
  name: 'activities',
  routes: [
    { path: '/activities', page: () => import('./pages/ActivitiesPage') },
    { path: '/activities/:id', page: () => import('./pages/ActivityPage') },
  ],
  nav: [
    { to: '/activities', label: { ko: '주민 활동', en: 'Activities' }, section: 'act', order: 10, permission: Permission.ProgrammeRead },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
