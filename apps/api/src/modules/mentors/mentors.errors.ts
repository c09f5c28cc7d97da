import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The mentors module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const MENTORS_ERRORS = {
  MENTOR_NOT_FOUND: { ko: '멘토를 찾을 수 없습니다.', en: 'Mentor not found.' },
  MENTOR_GROUP_NOT_FOUND: { ko: '멘토단을 찾을 수 없습니다.', en: 'Mentor group not found.' },
  MENTOR_GROUP_NAME_TAKEN: { ko: '같은 이름의 멘토단이 이미 있습니다.', en: 'A mentor group with this name already exists.' },
  MENTOR_ASSIGNMENT_NOT_FOUND: { ko: '멘토 배치를 찾을 수 없습니다.', en: 'Mentor assignment not found.' },
  MENTOR_CREDENTIAL_EXISTS: {
    ko: '이 참여자는 이미 같은 종류의 멘토 자격이 있습니다.',
    en: 'The participant already holds a mentor credential of this kind.',
  },
  MENTOR_INACTIVE: { ko: '활동을 멈춘 멘토에게는 배치할 수 없습니다.', en: 'An inactive mentor cannot be assigned.' },
  MENTOR_NOT_IN_STREAM: {
    ko: '이 멘토의 기관은 이 수업의 사업에 참여하지 않습니다.',
    en: "The mentor's organization is not in this class's funding stream.",
  },
  MENTOR_SESSION_CLOSED: {
    ko: '이미 끝났거나 취소된 회차에는 배치할 수 없습니다.',
    en: 'A session that has ended or was cancelled cannot take mentors.',
  },
  MENTOR_OVER_CAPACITY: {
    ko: '이 멘토의 주간 활동 가능 시간({capacity}시간)을 넘습니다. 그 주에 이미 {used}시간이 배치되어 있습니다.',
    en: "This goes over the mentor's weekly hours ({capacity} h); {used} h are already assigned that week.",
  },
  MENTOR_BUSY: { ko: '이 멘토는 그 시간에 다른 수업에 배치되어 있습니다.', en: 'The mentor is assigned to another class at that time.' },
  MENTOR_ASSIGNMENT_STATE: {
    ko: '이 배치는 지금 상태({status})에서는 그렇게 할 수 없습니다.',
    en: 'The assignment cannot do that in its current state ({status}).',
  },
  MENTOR_HOURS_TOO_EARLY: { ko: '회차가 끝난 뒤에 활동 시간을 기록할 수 있습니다.', en: 'Hours can be logged once the session has ended.' },
  MENTOR_HOURS_NOT_LOGGED: { ko: '기록된 활동 시간이 없어 확인할 수 없습니다.', en: 'No hours have been logged to verify.' },
  MENTOR_HOURS_VERIFIED: { ko: '이미 확인된 활동 시간은 고칠 수 없습니다.', en: 'Verified hours cannot be changed.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof MENTORS_ERRORS, true> {}
}

/** What the mentors module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const MENTORS_FIELDS = {
  minutesMax: { ko: '0분부터 1440분 사이로 입력하세요.', en: 'Enter 0 to 1440 minutes.' },
  skillsArrayMaxSize: { ko: '기술은 60자 이하로 20개까지 입력하세요.', en: 'Up to 20 skills of at most 60 characters.' },
} as const satisfies FieldMessages;
