import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

export const en: Shape<typeof ko> = {
  reports: {
    title: 'Reports',
    intro:
      "A stream's year as the Ministry result report (Excel and PDF) and the national lifelong-education statistics (Excel). The figures are the dashboard's; cells under 5 people are hidden. You may go on working while it is made.",
    stream: 'Stream',
    year: 'Year',
    kind: 'Kind',
    narrative: 'Narrative',
    narrativeHelp: 'Goes at the end of the report as written (up to 20,000 characters).',
    generate: 'Generate',
    requested: 'The report is being generated; its progress shows below.',
    runs: 'Reports',
    none: 'No reports yet.',
    status_QUEUED: 'Queued',
    status_RUNNING: 'Generating',
    status_DONE: 'Done',
    status_FAILED: 'Failed',
    progress: '{{n}}% done',
    files: 'Files',
    notAllowed: 'Reports are for the lead organization and the ministry.',
    failed: 'The report could not be generated. Try again shortly.',
    requestedAt: 'Asked',
  },
};
