import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** The Ministry result report and the national statistics of a stream's year, generated in the background. */
export const reports: Feature = {
  name: 'reports',
  routes: [{ path: '/reports', page: () => import('./pages/ReportsPage') }],
  nav: [{ to: '/reports', label: 'nav.reports', permission: Permission.OutcomesRead, order: 64 }],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
