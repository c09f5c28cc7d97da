import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The learn feature's cards on the shell's pages (src/app/CardsPage.tsx). */
export const cards: readonly FeatureCard[] = [
  {
    key: 'learn.proposals',
    places: ['home', 'approvals'],
    order: 5,
    permission: Permission.ProgrammeApprove,
    card: () => import('./ProposalsCard'),
  },
  { key: 'learn.week', places: ['home'], order: 10, permission: Permission.ProgrammeWrite, card: () => import('./WeekSessionsCard') },
  { key: 'learn.mine', places: ['home'], order: 20, permission: Permission.ProgrammeWrite, card: () => import('./MyProgrammesCard') },
  {
    key: 'learn.enrolments',
    places: ['home'],
    order: 40,
    permission: Permission.ParticipantManage,
    card: () => import('./RecentEnrolmentsCard'),
  },
];
