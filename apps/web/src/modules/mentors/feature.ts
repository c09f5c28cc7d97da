import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Link: the mentor pool, assignments to class sessions, replies for our mentors and verified hours. */
export const mentors: Feature = {
  name: 'mentors',
  routes: [
    { path: '/mentors', page: () => import('./pages/MentorsPage') },
    { path: '/mentors/:id', page: () => import('./pages/MentorPage') },
    { path: '/sessions/:id/mentors', page: () => import('./pages/SessionMentorsPage') },
  ],
  nav: [{ to: '/mentors', label: { ko: '멘토', en: 'Mentors' }, section: 'link', order: 20, permission: Permission.ProgrammeRead }],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
