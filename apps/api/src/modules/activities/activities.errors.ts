import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The activities module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const ACTIVITIES_ERRORS = {
  ACTIVITY_NOT_FOUND: { ko: '활동을 찾을 수 없습니다.', en: 'Activity not found.' },
  ACTIVITY_STREAM_NOT_MEMBER: {
    ko: '우리 기관이 참여하는 사업에만 활동을 연결할 수 있습니다.',
    en: 'An activity can count only towards a stream the organization is in.',
  },
  ACTIVITY_NOT_ENDED_BEFORE_START: { ko: '종료일은 시작일보다 빠를 수 없습니다.', en: 'The end date cannot be before the start.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ACTIVITIES_ERRORS, true> {}
}

/** What the activities module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const ACTIVITIES_FIELDS = {
  endsOnMin: { ko: '종료일은 시작일보다 빠를 수 없습니다.', en: 'The end cannot be before the start.' },
  entriesUnique: { ko: '같은 참여자의 시간이 두 번 들어 있습니다.', en: 'A participant is listed twice.' },
} as const satisfies FieldMessages;
