import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Coordination: tasks organizations of a stream ask of each other. */
export const tasks: Feature = {
  name: 'tasks',
  routes: [
    { path: '/tasks', page: () => import('./pages/TasksPage') },
    { path: '/tasks/:id', page: () => import('./pages/TaskPage') },
  ],
  nav: [{ to: '/tasks', label: 'nav.tasks', permission: Permission.CoordinationRead, order: 2 }],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
