import type { Feature } from '../../lib/feature';

/** The GraphQL playground for platform admins. */
export const admin: Feature = {
  name: 'admin',
  routes: [{ path: '/admin/graphql', page: () => import('./pages/PlaygroundPage') }],
  nav: [{ to: '/admin/graphql', label: 'nav.playground', platformAdminOnly: true, order: 100 }],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
