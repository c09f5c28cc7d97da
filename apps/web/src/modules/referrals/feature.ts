import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Link: referrals between organizations with the separate consent to share, the inbox and the outbox. */
export const referrals: Feature = {
  name: 'referrals',
  routes: [
    { path: '/referrals', page: () => import('./pages/ReferralsPage') },
    { path: '/referrals/new', page: () => import('./pages/NewReferralPage') },
    { path: '/referrals/:id', page: () => import('./pages/ReferralPage') },
  ],
  nav: [
    { to: '/referrals', label: { ko: '연계 의뢰', en: 'Referrals' }, section: 'link', order: 10, permission: Permission.ParticipantManage },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
