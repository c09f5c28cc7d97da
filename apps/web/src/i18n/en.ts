import type { Shape } from '../app/strings';
import type { ko } from './ko';

export const en: Shape<typeof ko> = {
  app: { name: 'LA-LA LAnd', tagline: "Busan's lifelong-learning collaboration platform", skipToContent: 'Skip to content' },
  nav: {
    programmes: 'Programmes',
    calendar: 'Calendar',
    places: 'Venues and instructors',
    participants: 'Participants',
    checkIn: 'Check-in',
    organizations: 'Organizations',
    funding: 'Funding',
    approvals: 'Approvals',
    account: 'My account',
    playground: 'GraphQL playground',
    main: 'Main menu',
  },
  lang: { label: 'Language', ko: '한국어', en: 'English' },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    save: 'Save',
    cancel: 'Cancel',
    close: 'Close',
    dismiss: 'Go back',
    required: 'This field is required.',
    back: 'Back',
    none: 'None',
    pageControl: { previous: 'Previous page', next: 'Next page', first: 'First page', last: 'Last page' },
    page: 'Page',
    errorTitle: 'Something went wrong',
    networkError: 'Cannot reach the server. Check the network and try again.',
    sample: 'Sample',
    total: '{{count}} in total',
  },
  notFound: { title: 'Page not found', home: 'Home' },
};
