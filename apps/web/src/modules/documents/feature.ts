import type { Feature } from '../../lib/feature';

/** Documents of records (receipts, plans, reports): a panel other features show; no page of its own. */
export const documents: Feature = {
  name: 'documents',
  routes: [],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
