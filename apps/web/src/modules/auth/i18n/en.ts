import type { Shape } from '../../../app/strings';
import type { ko } from './ko';

export const en: Shape<typeof ko> = {
  auth: {
    signInTitle: 'Sign in',
    signInIntro: 'Sign in with your partner staff account.',
    email: 'E-mail',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out everywhere',
    signedOutEverywhere: 'Ended {{count}} session(s).',
    activeOrganization: 'Acting for',
    noOrganization: 'No organization',
    platformAdmin: 'Platform admin',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    passwordHint: 'At least 10 characters with letters and digits (not a common password)',
    passwordChanged: 'Password changed. Your other sessions were ended.',
    accountTitle: 'My account',
    sessionExpired: 'You were signed out after 30 idle minutes.',
    required: 'This field is required.',
  },
  invitation: {
    title: 'Accept invitation',
    intro: '{{organization}} invites you as {{role}}.',
    name: 'Name',
    signedIn: 'You are signed in with this e-mail: accept to join.',
    signInFirst: 'Sign in with the existing account of this e-mail, then accept.',
    haveAccount: 'Already have an account? Sign in to accept',
    newAccount: 'Create a new account',
    accept: 'Accept invitation',
    invalid: 'The invitation link is invalid or has expired.',
  },
};
