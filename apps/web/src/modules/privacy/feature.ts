import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** The privacy officer's work: the monthly access-log review and the rule for bulk downloads. */
export const privacy: Feature = {
  name: 'privacy',
  routes: [{ path: '/privacy-review', page: () => import('./pages/AccessReviewPage') }],
  nav: [
    {
      to: '/privacy-review',
      label: { ko: '접속기록 점검', en: 'Access-log review' },
      section: 'account',
      order: 25,
      permission: Permission.AuditRead,
    },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
