import type { Feature } from '../../lib/feature';

/** The public door, staff side: how a programme is listed for citizens (its panel is in learn's programme page). */
export const catalogue: Feature = {
  name: 'catalogue',
  routes: [],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
