import type { Feature } from '../../lib/feature';

/** The partner directory and each organization's page with its members and audit log (strings load with the pages). */
export const organizations: Feature = {
  name: 'organizations',
  routes: [
    { path: '/organizations', page: () => import('./pages/DirectoryPage') },
    { path: '/organizations/:id', page: () => import('./pages/OrganizationPage') },
  ],
  nav: [{ to: '/organizations', label: { ko: '기관 디렉터리', en: 'Organizations' }, section: 'account', order: 20 }],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
