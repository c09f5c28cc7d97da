import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the documents feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  documents: {
    title: 'Documents',
    empty: 'No document attached.',
    choose: 'File to upload',
    chooseHelp: 'PDF, images (PNG, JPG), Hangul (HWP, HWPX), Office documents, CSV, TXT · up to 25 MB',
    personal: 'This document holds personal data (every download is logged)',
    upload: 'Upload',
    uploading: 'Uploading…',
    uploaded: '{{name}} uploaded.',
    download: 'Download: {{name}}',
    version: 'version {{version}}',
    personalBadge: 'Personal data',
    open: 'Documents',
    openFor: 'Documents: {{name}}',
  },
};
