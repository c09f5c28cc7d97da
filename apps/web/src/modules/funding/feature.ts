import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Funding streams, budgets and expenditure approval. */
export const funding: Feature = {
  name: 'funding',
  routes: [
    { path: '/funding', page: () => import('./pages/FundingListPage') },
    { path: '/funding/:id', page: () => import('./pages/StreamPage') },
  ],
  nav: [
    {
      to: '/funding',
      label: { ko: '사업·예산', en: 'Streams & budgets' },
      section: 'results',
      order: 30,
      permission: Permission.FundingRead,
    },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
