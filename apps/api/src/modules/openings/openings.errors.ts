import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The openings module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const OPENINGS_ERRORS = {
  OPENING_NOT_FOUND: { ko: '모집 공고를 찾을 수 없습니다.', en: 'Opening not found.' },
  OPENING_NOT_OPEN: { ko: '마감되었거나 모집이 끝난 공고입니다.', en: 'The opening is closed or past its deadline.' },
  OPENING_STREAM_NOT_MEMBER: {
    ko: '우리 기관이 참여하는 사업에만 공고를 올릴 수 있습니다.',
    en: 'Post only to a stream the organization is in.',
  },
  OPENING_DEADLINE_PAST: { ko: '마감일은 오늘이나 그 뒤여야 합니다.', en: 'The deadline must be today or later.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof OPENINGS_ERRORS, true> {}
}

/** What the openings module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const OPENINGS_FIELDS = {
  deadlineMin: { ko: '마감일은 오늘이나 그 뒤여야 합니다.', en: 'The deadline must be today or later.' },
} as const satisfies FieldMessages;
