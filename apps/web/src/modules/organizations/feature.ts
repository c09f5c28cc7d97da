import type { Feature } from '../../app/feature';
import { ko } from './i18n/ko';

/** The partner directory (the first route after sign-in) and each organization's page with its members. */
export const organizations: Feature = {
  name: 'organizations',
  routes: [
    { path: '/organizations', page: () => import('./pages/DirectoryPage') },
    { path: '/organizations/:id', page: () => import('./pages/OrganizationPage') },
  ],
  nav: [{ to: '/organizations', label: 'nav.organizations', order: 10 }],
  strings: { ko, en: () => import('./i18n/en').then((m) => m.en) },
};
