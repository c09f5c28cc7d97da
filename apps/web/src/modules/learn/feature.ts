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
    { to: '/programmes', label: 'nav.programmes', permission: Permission.ProgrammeRead, order: 20 },
    { to: '/calendar', label: 'nav.calendar', permission: Permission.ProgrammeRead, order: 30 },
    { to: '/places', label: 'nav.places', permission: Permission.ProgrammeRead, order: 40 },
    { to: '/participants', label: 'nav.participants', permission: Permission.ParticipantManage, order: 50 },
    { to: '/check-in', label: 'nav.checkIn', permission: Permission.ParticipantManage, order: 55 },
  ],
  cards: () => import('./cards').then((m) => m.cards),
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
