import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The programmes module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const PROGRAMMES_ERRORS = {
  PROGRAMME_NOT_FOUND: { ko: '프로그램을 찾을 수 없습니다.', en: 'Programme not found.' },
  INITIATIVE_NOT_FOUND: { ko: '세부 사업을 찾을 수 없습니다.', en: 'Initiative not found.' },
  STREAM_FIELD_INVALID: { ko: '이 사업의 분야가 아닙니다.', en: "The field is not one of this stream's fields." },
  PARENT_PROGRAMME_INVALID: {
    ko: '상위 프로그램은 같은 세부 사업의 최상위 프로그램이어야 합니다.',
    en: 'A parent must be a top-level programme of the same initiative.',
  },
  COHOST_NOT_IN_STREAM: { ko: '공동 운영기관은 이 사업의 참여기관이어야 합니다.', en: 'Co-hosts must be members of the stream.' },
  PROGRAMME_NOT_EDITABLE: {
    ko: '현재 상태({status})에서는 프로그램을 고칠 수 없습니다.',
    en: 'The programme cannot be changed in its current state ({status}).',
  },
  ILLEGAL_TRANSITION: { ko: '{from}에서 {to}(으)로 바꿀 수 없습니다.', en: 'A programme cannot go from {from} to {to}.' },
  RETURN_COMMENT_REQUIRED: { ko: '보완 요청 사유를 입력하세요.', en: 'Please say what needs to change.' },
  CAPACITY_BELOW_ENROLLED: {
    ko: '정원은 이미 등록된 인원({taken}명)보다 적을 수 없습니다.',
    en: 'Capacity cannot be below the seats already taken ({taken}).',
  },
  SESSION_NOT_FOUND: { ko: '회차를 찾을 수 없습니다.', en: 'Session not found.' },
  SESSION_TIME_INVALID: { ko: '종료 시각은 시작 시각 이후여야 합니다.', en: 'A session must end after it starts.' },
  SESSION_PLACE_REQUIRED: { ko: '장소 또는 온라인 주소를 지정하세요.', en: 'Give a venue or an online link.' },
  SESSION_HAS_ATTENDANCE: { ko: '출석이 기록된 회차는 지울 수 없습니다.', en: 'A session with attendance cannot be deleted.' },
  PROGRAMME_SESSIONS_LIMIT: {
    ko: '한 프로그램의 회차는 최대 {max}개입니다 (남은 회차: {left}개).',
    en: 'A programme has at most {max} sessions ({left} left).',
  },
  SESSION_TOO_LONG: { ko: '한 회차는 최대 {hours}시간입니다.', en: 'A session lasts at most {hours} hours.' },
  SESSION_OUTSIDE_PROGRAMME: {
    ko: '회차는 프로그램 기간({start}–{end}) 안에 있어야 합니다.',
    en: "Sessions must fall within the programme's dates ({start}–{end}).",
  },
  VENUE_BOOKED: {
    ko: '그 시간에 이 장소는 이미 다른 기관이 예약했습니다 ({start}–{end}).',
    en: 'Another organization has booked the venue at that time ({start}–{end}).',
  },
  VENUE_CONFLICT: {
    ko: '장소가 이미 예약되어 있습니다: {programme} ({start}–{end})',
    en: 'The venue is already booked: {programme} ({start}–{end})',
  },
  PROGRAMME_OUTSIDE_STREAM: {
    ko: '프로그램 기간은 사업 기간({start}–{end}) 안이어야 합니다. 다음 해 사업은 그 해의 사업에서 여세요.',
    en: "A programme's dates must fall within its stream's period ({start}–{end}). Open next year's work in next year's stream.",
  },
  PROGRAMME_DATES_EXCLUDE_SESSIONS: {
    ko: '바꾼 기간 밖에 회차 {count}개가 있습니다. 그 회차를 먼저 옮기거나 지우세요.',
    en: '{count} sessions fall outside the new dates; move or remove them first.',
  },
  VENUE_TOO_FAR_AHEAD: {
    ko: '다른 기관의 장소는 {days}일 안의 회차만 예약할 수 있습니다. 더 먼 일정은 소유 기관과 정한 뒤 가까워지면 예약하세요.',
    en: "Another organization's venue can be booked at most {days} days ahead; agree further dates with its owner and book them nearer the time.",
  },
  VENUE_WEEKLY_HOURS: {
    ko: '다른 기관의 장소는 한 주(월–일)에 {hours}시간까지 예약할 수 있습니다({week} 주에 이미 {booked}시간).',
    en: "Another organization's venue can be booked for at most {hours} hours a week (Mon–Sun); the week of {week} already has {booked}.",
  },
  VENUE_RELEASED: {
    ko: '장소 소유 기관이 이 프로그램의 예약을 해제했습니다. 다시 예약하려면 소유 기관에 요청하세요.',
    en: "The venue's owner released this programme's bookings; ask the owner before booking it again.",
  },
  VENUE_NOT_FOUND: { ko: '장소를 찾을 수 없습니다.', en: 'Venue not found.' },
  INSTRUCTOR_NOT_FOUND: { ko: '강사를 찾을 수 없습니다.', en: 'Instructor not found.' },
  CHECK_IN_CODE_INVALID: { ko: '출석 코드가 올바르지 않습니다.', en: 'That check-in code is not valid.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof PROGRAMMES_ERRORS, true> {}
}

/** What the programmes module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const PROGRAMMES_FIELDS = {
  endsOnMin: { ko: '종료일은 시작일 이후여야 합니다.', en: 'The end date must be after the start date.' },
  range: { ko: '사업 기간 안의 날짜를 고르세요.', en: "Choose dates within the stream's period." },
  hostOrganizationIdEquals: {
    ko: '주관 기관은 지금 소속으로 일하는 기관이어야 합니다.',
    en: 'The host must be the organization you are acting for.',
  },
  commentIsNotEmpty: { ko: '보완 요청 사유를 입력하세요.', en: 'Please say what needs to change.' },
  toMax: { ko: '기간은 최대 62일입니다.', en: 'The window is at most 62 days.' },
  venueIdIsNotEmpty: { ko: '장소 또는 온라인 주소를 지정하세요.', en: 'Give a venue or an online link.' },
  endTimeMin: { ko: '종료 시각은 시작 시각 이후여야 합니다.', en: 'The end must be after the start.' },
  endsAtMin: { ko: '종료 시각은 시작 시각 이후여야 합니다.', en: 'The end must be after the start.' },
  programmeIdIsNotEmpty: { ko: '해제할 프로그램이나 기간을 고르세요.', en: 'Choose a programme or dates to release.' },
  toMin: { ko: '끝 날짜는 시작 날짜 이후여야 합니다.', en: 'The end must be after the start.' },
  reasonIsNotEmpty: { ko: '취소 사유를 입력하세요.', en: 'Give a reason.' },
} as const satisfies FieldMessages;
