import { Permission } from '@lalaland/shared';
import type { FeatureCard } from '../../../lib/feature';

/** The learn feature's cards on the shell's pages (src/app/CardsPage.tsx). */
export const cards: readonly FeatureCard[] = [
  {
    key: 'learn.proposals',
    name: { ko: '프로그램 승인', en: 'Programme approvals' },
    places: ['home', 'approvals'],
    order: 5,
    permission: Permission.ProgrammeApprove,
    card: () => import('./ProposalsCard'),
  },
  {
    key: 'learn.week',
    name: { ko: '오늘·이번 주 수업', en: 'Classes today and this week' },
    places: ['home'],
    order: 0,
    permission: Permission.ProgrammeWrite,
    card: () => import('./WeekSessionsCard'),
  },
  {
    key: 'learn.mine',
    name: { ko: '우리 기관 프로그램', en: 'Our programmes' },
    places: ['home'],
    order: 20,
    permission: Permission.ProgrammeWrite,
    card: () => import('./MyProgrammesCard'),
  },
  {
    key: 'learn.enrolments',
    name: { ko: '최근 수강 신청', en: 'Recent enrolments' },
    places: ['home'],
    order: 40,
    permission: Permission.ParticipantManage,
    card: () => import('./RecentEnrolmentsCard'),
  },
];
