import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Search over coordination records the caller may see. */
export const search: Feature = {
  name: 'search',
  routes: [{ path: '/search', page: () => import('./pages/SearchPage') }],
  nav: [{ to: '/search', label: { ko: '검색', en: 'Search' }, section: 'work', order: 30, permission: Permission.CoordinationRead }],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
