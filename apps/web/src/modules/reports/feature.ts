import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** The Ministry result report and the national statistics of a stream's year, generated in the background. */
export const reports: Feature = {
  name: 'reports',
  routes: [{ path: '/reports', page: () => import('./pages/ReportsPage') }],
  nav: [
    {
      to: '/reports',
      label: { ko: '결과보고서', en: 'Reports' },
      section: 'results',
      order: 20,
      permission: Permission.KpisRead,
      // the lead's admins ask for them; ministries read them; other members would meet a refusal
      visibleTo: (v) => v.leadsStream || v.activeOrganization?.kind === 'MINISTRY',
    },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
