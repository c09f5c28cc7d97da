import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the search feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  search: {
    title: 'Search',
    intro: 'Finds announcements, tasks, meetings and document names — only what you may see.',
    label: 'Words',
    submit: 'Search',
    tooShort: 'Type at least two characters.',
    empty: 'Nothing found for "{{text}}".',
    kinds: { ANNOUNCEMENT: 'Announcement', TASK: 'Task', MEETING: 'Meeting', DOCUMENT: 'Document' },
  },
};
