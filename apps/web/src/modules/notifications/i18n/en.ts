import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the notifications feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  notifications: {
    title: 'Notifications',
    intro:
      'What happened that concerns you: approvals and returns, referrals, mentor requests, tasks. New ones appear without reloading the page.',
    bell: 'Notifications',
    bellUnread: 'Notifications, {{count}} unread',
    unreadOnly: 'Unread only',
    markAll: 'Mark all as read',
    markedAll: 'All notifications are marked as read.',
    empty: 'No notifications.',
    unread: 'Unread',
    open: 'Open',
    live: 'New: {{title}}',
    preferences: 'E-mail settings',
    preferencesIntro:
      'For each kind, get an e-mail at once, in a digest every morning at 08:00, or not at all. The portal always shows them.',
    kind: 'Kind',
    email: 'E-mail',
    saved: 'E-mail settings saved.',
    cards: { recent: 'Recent notifications', none: 'Nothing new.', all: 'All notifications' },
  },
};
