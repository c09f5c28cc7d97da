import type { Feature } from '../../lib/feature';

/** Notifications: the bell in the header (live), the list, and e-mail settings. */
export const notifications: Feature = {
  name: 'notifications',
  routes: [{ path: '/notifications', page: () => import('./pages/NotificationsPage') }],
  header: () => import('./components/NotificationBell'),
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
