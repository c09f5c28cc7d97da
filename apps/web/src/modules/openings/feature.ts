import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Link: the openings board of company and university partners; applicants come through referrals. */
export const openings: Feature = {
  name: 'openings',
  routes: [{ path: '/openings', page: () => import('./pages/OpeningsPage') }],
  nav: [
    { to: '/openings', label: { ko: '일자리·기회', en: 'Openings' }, section: 'link', order: 30, permission: Permission.ProgrammeRead },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
