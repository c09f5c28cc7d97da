import type { Shape } from '../../../lib/strings';
import type { ko } from './ko';

/** English strings of the comments feature: the same keys as the Korean ones. */
export const en: Shape<typeof ko> = {
  comments: {
    title: 'Comments',
    empty: 'No comments yet.',
    write: 'Write a comment',
    post: 'Post comment',
    posted: 'Comment posted.',
    mention: 'Find someone to mention',
    mentionHelp: 'Type a name and pick: they are told. Only people who can see this record can be mentioned.',
    addMention: 'Mention: {{name}}',
    removeMention: 'Remove mention: {{name}}',
    edited: 'edited',
    deleted: 'This comment was deleted.',
    edit: 'Edit',
    save: 'Save',
    remove: 'Delete',
    removeTitle: 'Delete this comment?',
    removeConsequence: 'The words of a deleted comment cannot be brought back; only a mark that it was deleted stays.',
    removed: 'Comment deleted.',
  },
};
