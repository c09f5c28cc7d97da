import type { Feature } from '../../lib/feature';

/** Link: a person's journey, goals, counselling notes, outcomes and follow-ups (the organization holding them only). */
export const outcomes: Feature = {
  name: 'outcomes',
  routes: [{ path: '/participants/:id/journey', page: () => import('./pages/JourneyPage') }],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
