import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Coordination: the council and working groups. */
export const meetings: Feature = {
  name: 'meetings',
  routes: [
    { path: '/meetings', page: () => import('./pages/MeetingsPage') },
    { path: '/meetings/:id', page: () => import('./pages/MeetingPage') },
  ],
  nav: [
    {
      to: '/meetings',
      label: { ko: '회의', en: 'Meetings' },
      section: 'communication',
      order: 20,
      permission: Permission.CoordinationRead,
    },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
