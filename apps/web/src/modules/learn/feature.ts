import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** Learn: programmes, sessions, venues and instructors, participants, attendance, roster files, certificates. */
export const learn: Feature = {
  name: 'learn',
  routes: [
    { path: '/verify/:code', page: () => import('./pages/VerifyPage'), public: true },
    { path: '/programmes', page: () => import('./pages/ProgrammeListPage') },
    { path: '/programmes/:id', page: () => import('./pages/ProgrammePage') },
    { path: '/programmes/:id/import', page: () => import('./pages/ImportPage') },
    { path: '/calendar', page: () => import('./pages/CalendarPage') },
    { path: '/places', page: () => import('./pages/PlacesPage') },
    { path: '/participants', page: () => import('./pages/ParticipantsPage') },
    { path: '/participants/:id', page: () => import('./pages/ParticipantPage') },
    { path: '/sessions/:id/attendance', page: () => import('./pages/AttendancePage') },
    { path: '/certificates/:code/print', page: () => import('./pages/CertificatePrintPage') },
    { path: '/check-in', page: () => import('./pages/CheckInPage') },
  ],
  nav: [
    { to: '/programmes', label: { ko: '프로그램', en: 'Programmes' }, section: 'learn', order: 10, permission: Permission.ProgrammeRead },
    { to: '/calendar', label: { ko: '일정', en: 'Calendar' }, section: 'learn', order: 20, permission: Permission.ProgrammeRead },
    {
      to: '/places',
      label: { ko: '장소·강사', en: 'Venues & instructors' },
      section: 'learn',
      order: 30,
      permission: Permission.ProgrammeRead,
    },
    {
      to: '/participants',
      label: { ko: '참여자', en: 'Participants' },
      section: 'learn',
      order: 40,
      permission: Permission.ParticipantManage,
    },
    {
      to: '/check-in',
      label: { ko: '출석 코드 입력', en: 'Enter a check-in code' },
      section: 'learn',
      order: 50,
      permission: Permission.ParticipantManage,
    },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
