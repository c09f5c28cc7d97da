import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The comments module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const COMMENTS_ERRORS = {
  COMMENT_NOT_FOUND: { ko: '댓글을 찾을 수 없습니다.', en: 'Comment not found.' },
  COMMENT_MENTION_NOT_ALLOWED: {
    ko: '언급한 사람 중 이 기록을 볼 수 없는 사람이 있습니다: {names}',
    en: 'Some people mentioned cannot see this record: {names}',
  },
  COMMENT_EDIT_EXPIRED: {
    ko: '댓글은 쓴 뒤 60분 안에만 고칠 수 있습니다.',
    en: 'A comment can be edited within 60 minutes of writing it.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof COMMENTS_ERRORS, true> {}
}
