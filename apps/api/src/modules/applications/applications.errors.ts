import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The applications module's error codes, with their Korean and English messages. */
export const APPLICATIONS_ERRORS = {
  APPLICATION_NOT_FOUND: { ko: '신청을 찾을 수 없습니다.', en: 'Application not found.' },
  APPLICATIONS_CLOSED: { ko: '지금은 이 강좌에 신청할 수 없습니다.', en: 'This course is not taking applications now.' },
  APPLICATION_CODE_INVALID: {
    ko: '인증번호가 맞지 않거나 시간이 지났습니다. 문자로 받은 6자리 번호를 확인해 주세요.',
    en: 'The code is wrong or has expired. Check the 6-digit code we texted you.',
  },
  APPLICATION_CODE_SPENT: {
    ko: '인증번호를 너무 여러 번 틀렸습니다. 처음부터 다시 신청해 주세요.',
    en: 'Too many wrong codes. Please start your application again.',
  },
  APPLICATION_LIMIT_REACHED: {
    ko: '이 기관의 강좌는 같은 기간에 한 사람이 {n}개까지 신청할 수 있습니다. 다른 강좌를 취소한 뒤 다시 신청해 주세요.',
    en: 'One person may hold at most {n} of this organization’s courses at the same time. Cancel another one first.',
  },
  ALREADY_APPLIED: {
    ko: '이미 이 강좌에 신청하셨습니다. 받으신 문자의 링크에서 확인할 수 있습니다.',
    en: 'You have already applied to this course.',
  },
  DRAW_NOT_READY: {
    ko: '추첨은 추첨 방식 강좌의 신청 기간이 끝난 뒤 한 번만 할 수 있습니다.',
    en: 'A draw is held once, for a lottery course, after applications close.',
  },
  APPLICATION_NOT_PENDING: { ko: '이미 결정된 신청입니다.', en: 'This application has already been decided.' },
  REVIEW_ONLY: {
    ko: '심사로 선정하는 강좌의 신청만 직접 결정할 수 있습니다.',
    en: 'Only applications to a reviewed course are decided by hand.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof APPLICATIONS_ERRORS, true> {}
}

/** What the application form says beside a field (plain Korean for the public, English for the staff's API). */
export const APPLICATION_FIELDS = {
  nameRequired: { ko: '이름을 적어 주세요.', en: 'Enter your name.' },
  nameLength: { ko: '이름은 50자까지 적을 수 있습니다.', en: 'A name has at most 50 characters.' },
  phoneMatches: { ko: '휴대전화 번호를 010-1234-5678처럼 적어 주세요.', en: 'Enter a mobile number like 010-1234-5678.' },
  birthYearRange: { ko: '태어난 해를 네 자리로 적어 주세요 (예: 1958).', en: 'Enter your year of birth in four digits.' },
  ageOutside: { ko: '이 강좌는 {range}가 신청할 수 있습니다.', en: 'This course is for people aged {range}.' },
  districtRequired: { ko: '이 강좌는 {districts} 주민·직장인이 신청할 수 있습니다. 해당 지역을 골라 주세요.', en: 'Choose your district.' },
  consentRequired: {
    ko: '개인정보 수집·이용에 동의해야 신청할 수 있습니다.',
    en: 'You can apply only after agreeing to the collection and use of your personal data.',
  },
  reasonRequired: { ko: '선정하지 않는 이유를 적어 주세요 (신청자에게 알립니다).', en: 'Give the reason (the applicant is told).' },
  reasonLength: { ko: '이유는 300자까지 적을 수 있습니다.', en: 'A reason has at most 300 characters.' },
} as const satisfies FieldMessages;
