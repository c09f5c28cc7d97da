import type { Feature } from '../../lib/feature';

/** Satisfaction surveys: the programme's panel (in learn's programme page), printable slips, the public answer page. */
export const surveys: Feature = {
  name: 'surveys',
  routes: [
    { path: '/programmes/:id/survey-slips', page: () => import('./pages/SurveySlipsPage') },
    { path: '/s/:token', page: () => import('./pages/PublicSurveyPage'), public: true },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
