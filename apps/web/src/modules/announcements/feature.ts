import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Coordination: announcements to a stream's organizations with read receipts. */
export const announcements: Feature = {
  name: 'announcements',
  routes: [
    { path: '/announcements', page: () => import('./pages/AnnouncementsPage') },
    { path: '/announcements/:id', page: () => import('./pages/AnnouncementPage') },
  ],
  nav: [
    {
      to: '/announcements',
      label: { ko: '공지', en: 'Announcements' },
      section: 'communication',
      order: 10,
      permission: Permission.CoordinationRead,
    },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
