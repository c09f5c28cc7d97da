import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/**
 * The staff's side of the citizen's own space: requests to see, correct, delete or stop (PIPA) that reach this
 * organization, answered within the legal ten days, and those made in person or by phone recorded here.
 */
export const citizens: Feature = {
  name: 'citizens',
  routes: [{ path: '/privacy-requests', page: () => import('./pages/PrivacyRequestsPage') }],
  nav: [
    {
      to: '/privacy-requests',
      label: { ko: '개인정보 요구', en: 'Privacy requests' },
      section: 'link',
      order: 60,
      permission: Permission.ParticipantManage,
    },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
