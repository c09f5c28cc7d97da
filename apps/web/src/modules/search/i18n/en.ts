import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the search feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  search: {
    title: 'Search',
    intro:
      'Finds programmes, participants, mentors, referrals, activities, openings, places, announcements, tasks, meetings and documents — only what you may see.',
    label: 'Words',
    hint: 'Words of two characters or more, or a participant key (e.g. P7K3QX9A). Showing a participant’s name is logged as a read.',
    kind: 'Kind',
    allKinds: 'All',
    submit: 'Search',
    tooShort: 'Type at least two characters.',
    empty: 'Nothing found for "{{text}}".',
    count: '{{n}} found; exact titles first.',
    countMore: 'Showing the first {{n}}. Choose a kind or add words to narrow it.',
  },
};
