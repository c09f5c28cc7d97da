import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the announcements feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  announcements: {
    title: 'Announcements',
    intro: 'Notices to the organizations of a stream. The sender sees who has read them, organization by organization.',
    unreadOnly: 'Unread only',
    empty: 'No announcements.',
    new: 'Write an announcement',
    published: 'Announcement sent; the people it is for have been told.',
    pinned: 'Pinned',
    unread: 'Unread',
    from: 'From',
    stream: 'Stream',
    audience: 'Organizations',
    audienceAll: 'Every organization of the stream',
    audienceHelp: 'None chosen: every member organization of the stream.',
    pillars: 'Pillars (Learn, Link, Act)',
    pillarsHelp: 'Chosen: only organizations running programmes of these pillars in the stream.',
    roles: 'People',
    rolesHelp: 'None chosen: every member.',
    name: 'Title',
    body: 'Text',
    bodyHelp: 'Markdown works: **bold**, - lists, [links](https://…). HTML is not shown.',
    write: 'Write',
    preview: 'Preview',
    pinnedUntil: 'Pinned until',
    reach: 'Who has read it',
    reachOrg: 'Organization',
    reachRead: 'Read by',
    reachNone: 'Not read yet',
    reachOf: '{{read}} of {{audience}}',
    notRead: '{{count}} organizations have not read it',
    attachments: 'Attachments',
    cards: { unread: '{{count}} unread announcements', none: 'No new announcement.', all: 'All announcements' },
  },
};
