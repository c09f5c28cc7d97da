import type { Feature } from '../../lib/feature';

/** Comments with @mentions on records: a panel other features show; no page of its own. */
export const comments: Feature = {
  name: 'comments',
  routes: [],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
