import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The funding feature's cards on the shell's pages (src/app/CardsPage.tsx). */
export const cards: readonly FeatureCard[] = [
  {
    key: 'funding.expenditureQueue',
    name: { ko: '지출 승인', en: 'Expenditure approvals' },
    places: ['home', 'approvals'],
    order: 6,
    permission: Permission.FundingManage,
    card: () => import('./ExpenditureQueueCard'),
  },
  {
    key: 'funding.streams',
    name: { ko: '사업 현황', en: 'Streams' },
    places: ['home'],
    order: 50,
    permission: Permission.FundingRead,
    hiddenWith: Permission.ExpenditureWrite,
    card: () => import('./StreamTotalsCard'),
  },
];
