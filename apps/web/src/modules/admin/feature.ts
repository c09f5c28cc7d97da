import type { Feature } from '../../lib/feature';

/** The GraphQL playground for platform admins. */
export const admin: Feature = {
  name: 'admin',
  routes: [{ path: '/admin/graphql', page: () => import('./pages/PlaygroundPage') }],
  nav: [
    {
      to: '/admin/graphql',
      label: { ko: 'GraphQL 플레이그라운드', en: 'GraphQL playground' },
      section: 'account',
      order: 40,
      platformAdminOnly: true,
    },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
