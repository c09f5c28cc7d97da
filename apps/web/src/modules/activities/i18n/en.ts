import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the activities feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  activities: {
    title: 'Citizen activities',
    intro:
      "Citizens' own activities: learning clubs, community projects, volunteering, the multigenerational challenge. Head counts, hours and the generation mix are shared as numbers; who took part is seen by the supporting organization only.",
    empty: 'No activity matches.',
    kind: 'Kind',
    allKinds: 'All kinds',
    mineOnly: 'Our activities only',
    new: 'New activity',
    edit: 'Edit activity',
    saved: 'Activity saved.',
    name: 'Title',
    description: 'About',
    startsOn: 'Starts on',
    endsOn: 'Ends on (empty for a club)',
    stream: 'Funding stream',
    noStream: 'Not counted towards a stream',
    openHeadcount: 'People who came without registering',
    supportedBy: 'Supported by',
    leader: 'Led by',
    people: '{{count}} people',
    hours: '{{hours}} h',
    mixIndex: 'Generation mix {{value}}',
    mixHelp: 'The chance that two people picked at random are of different generations (0: one generation, 0.75: four equally).',
    generations: 'Generations',
    generation: 'Generation',
    count: 'People',
    members: 'Participants ({{count}})',
    noMembers: 'No registered participant.',
    addMembers: 'Add participants',
    find: 'Find participants (name, phone or key)',
    pick: 'Participants to add',
    added: '{{count}} added.',
    hoursLabel: 'Hours',
    saveHours: 'Save hours',
    hoursSaved: 'Hours saved.',
    ageBand: 'Generation when joining',
  },
};
