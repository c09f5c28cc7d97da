import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The meetings module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const MEETINGS_ERRORS = {
  MEETING_NOT_FOUND: { ko: '회의를 찾을 수 없습니다.', en: 'Meeting not found.' },
  MEETING_DECISION_NOT_FOUND: { ko: '회의 결정 사항을 찾을 수 없습니다.', en: 'Decision not found.' },
  MEETING_STREAM_NOT_MEMBER: {
    ko: '우리 기관이 참여하는 사업의 회의만 열 수 있습니다.',
    en: 'Convene meetings only of a stream the organization is in.',
  },
  MEETING_INVITEE_NOT_MEMBER: {
    ko: '초대할 기관은 모두 그 사업의 참여 기관이어야 합니다.',
    en: 'Every invited organization must be a member of the stream.',
  },
  MEETING_ENDS_BEFORE_START: { ko: '끝나는 시각은 시작 시각보다 늦어야 합니다.', en: 'The end must be after the start.' },
  MEETING_DECISION_ALREADY_TASK: { ko: '이미 업무로 만든 결정 사항입니다.', en: 'This decision is already a task.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof MEETINGS_ERRORS, true> {}
}

/** What the meetings module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const MEETINGS_FIELDS = {
  endsAtMin: { ko: '시작보다 늦은 시각을 고르세요.', en: 'Choose a time after the start.' },
} as const satisfies FieldMessages;
