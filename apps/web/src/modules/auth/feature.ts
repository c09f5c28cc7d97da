import type { Feature } from '../../lib/feature';
import { ko } from './i18n/ko';
import { SignInPage } from './pages/SignInPage';

/** Sign-in (the first screen: its strings ship with the first route), invitations, the account page. */
export const auth: Feature = {
  name: 'auth',
  routes: [
    { path: '*', element: SignInPage, signedOut: true },
    { path: '/invitations/:token', page: () => import('./pages/AcceptInvitationPage'), public: true },
    { path: '/account', page: () => import('./pages/AccountPage') },
  ],
  nav: [{ to: '/account', label: { ko: '내 계정', en: 'My account' }, section: 'account', order: 10 }],
  strings: { ko, en: () => import('./i18n/en').then((m) => m.en) },
};
