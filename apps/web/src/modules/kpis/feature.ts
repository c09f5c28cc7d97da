import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** KPIs: dashboards per stream, consortium and organization; targets and milestones; the public progress page. */
export const kpis: Feature = {
  name: 'kpis',
  routes: [
    { path: '/dashboards', page: () => import('./pages/DashboardPage') },
    { path: '/dashboards/targets', page: () => import('./pages/TargetsPage') },
    { path: '/progress/:code', page: () => import('./pages/PublicProgressPage'), public: true },
  ],
  nav: [
    {
      to: '/dashboards',
      label: { ko: '성과 대시보드', en: 'Dashboards' },
      section: 'results',
      order: 10,
      permission: Permission.KpisRead,
    },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
