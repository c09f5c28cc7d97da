import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the openings feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  openings: {
    title: 'Openings',
    intro:
      'Jobs, internships, apprenticeships and mentoring posted by company and university partners. Applicants reach them only through a referral the citizen agreed to.',
    empty: 'No opening matches.',
    openOnly: 'Open ones only',
    mineOnly: 'Ours only',
    post: 'Post an opening',
    edit: 'Edit opening',
    saved: 'Opening saved.',
    kind: 'Kind',
    name: 'Title',
    description: 'Description',
    skills: 'Skills needed (comma separated)',
    places: 'Places',
    deadline: 'Deadline',
    stream: 'Funding stream',
    status: 'Status',
    employmentType: 'Employment for a hire',
    postedBy: 'Posted by',
    programmesFit: 'Related programmes',
    refer: 'Refer a participant',
    placesValue: '{{count}} places',
    until: 'until {{date}}',
  },
};
