import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The announcements module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const ANNOUNCEMENTS_ERRORS = {
  ANNOUNCEMENT_NOT_FOUND: { ko: '공지를 찾을 수 없습니다.', en: 'Announcement not found.' },
  ANNOUNCEMENT_STREAM_NOT_MEMBER: {
    ko: '우리 기관이 참여하는 사업에만 공지할 수 있습니다.',
    en: 'Announce only to a stream the organization is in.',
  },
  ANNOUNCEMENT_AUDIENCE_NOT_MEMBER: {
    ko: '받는 기관은 모두 그 사업의 참여 기관이어야 합니다.',
    en: 'Every organization addressed must be a member of the stream.',
  },
  ANNOUNCEMENT_PIN_TOO_LONG: {
    ko: '상단 고정은 오늘부터 1년 이내의 날짜까지만 할 수 있습니다.',
    en: 'Pin it until a day within a year from today.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ANNOUNCEMENTS_ERRORS, true> {}
}

/** What the announcements module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const ANNOUNCEMENTS_FIELDS = {
  pinnedUntilMax: { ko: '1년 이내의 날짜를 고르세요.', en: 'Choose a day within a year.' },
} as const satisfies FieldMessages;
