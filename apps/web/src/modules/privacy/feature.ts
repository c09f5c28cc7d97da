import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** The privacy officer's work: the monthly access-log review, the rule for bulk downloads, destruction and its register. */
export const privacy: Feature = {
  name: 'privacy',
  routes: [
    { path: '/privacy-review', page: () => import('./pages/AccessReviewPage') },
    { path: '/destruction', page: () => import('./pages/DestructionPage') },
  ],
  nav: [
    {
      to: '/privacy-review',
      label: { ko: '접속기록 점검', en: 'Access-log review' },
      section: 'account',
      order: 25,
      permission: Permission.AuditRead,
    },
    {
      to: '/destruction',
      label: { ko: '개인정보 파기', en: 'Destruction' },
      section: 'account',
      order: 26,
      permission: Permission.AuditRead,
    },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
