import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Coordination: tasks organizations of a stream ask of each other. */
export const tasks: Feature = {
  name: 'tasks',
  routes: [
    { path: '/tasks', page: () => import('./pages/TasksPage') },
    { path: '/tasks/:id', page: () => import('./pages/TaskPage') },
  ],
  nav: [
    {
      to: '/tasks',
      label: { ko: '기관 간 업무', en: 'Tasks' },
      section: 'communication',
      order: 30,
      permission: Permission.CoordinationRead,
    },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
