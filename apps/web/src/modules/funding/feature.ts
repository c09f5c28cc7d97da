import { Permission } from '@lalaland/shared';
import type { Feature } from '../../app/feature';

/** Funding streams, budgets and expenditure approval. */
export const funding: Feature = {
  name: 'funding',
  routes: [
    { path: '/funding', page: () => import('./pages/FundingListPage') },
    { path: '/funding/:id', page: () => import('./pages/StreamPage') },
    { path: '/approvals', page: () => import('./pages/ApprovalsPage') },
  ],
  nav: [
    { to: '/funding', label: 'nav.funding', permission: Permission.FundingRead, order: 60 },
    { to: '/approvals', label: 'nav.approvals', permission: Permission.FundingManage, order: 70 },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
