import type { ko } from './ko';

export const en: typeof ko = {
  example: {
    title: 'Example notes',
    empty: 'No notes yet.',
    text: 'Note',
    add: 'Add the note',
    added: 'Note added.',
  },
};
