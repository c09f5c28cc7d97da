import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The citizens module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const CITIZENS_ERRORS = {
  CITIZEN_PHONE_INVALID: {
    ko: '휴대전화 번호를 010-1234-5678처럼 적어 주세요.',
    en: 'Give a mobile number such as 010-1234-5678.',
  },
  CITIZEN_PHONE_SAME: {
    ko: '지금 쓰고 있는 번호입니다. 바꿀 새 번호를 적어 주세요.',
    en: 'That is the number you already use. Give the new number.',
  },
  CITIZEN_CODE_INVALID: {
    ko: '인증번호가 맞지 않거나 시간이 지났습니다. 문자로 받은 6자리 숫자를 다시 적거나, 새 인증번호를 받아 주세요.',
    en: 'The code is wrong or has expired. Type the six digits from the text again, or ask for a new code.',
  },
  CITIZEN_SIGNED_OUT: {
    ko: '로그인 시간이 지났습니다. 휴대전화 번호로 다시 로그인해 주세요.',
    en: 'Your session has ended. Sign in again with your mobile number.',
  },
  CITIZEN_FORM_EXPIRED: {
    ko: '화면이 오래되어 처리하지 않았습니다. 다시 시도해 주세요.',
    en: 'This page was too old to act on. Please try again.',
  },
  CITIZEN_ITEM_NOT_FOUND: { ko: '찾을 수 없습니다.', en: 'Not found.' },
  CHECK_IN_CODE_EXPIRED: {
    ko: '출석 QR 코드의 시간이 지났습니다. 수업 화면의 QR 코드를 다시 찍어 주세요.',
    en: 'This check-in code has expired. Scan the QR code shown at the class again.',
  },
  PRIVACY_REQUEST_NOT_FOUND: { ko: '개인정보 요구를 찾을 수 없습니다.', en: 'Privacy request not found.' },
  PRIVACY_REQUEST_DETAIL_REQUIRED: {
    ko: '고칠 내용 또는 멈출 처리를 적어 주세요 (1,000자까지).',
    en: 'Say what to correct or which processing to stop (up to 1,000 characters).',
  },
  PRIVACY_REQUEST_REASON_REQUIRED: {
    ko: '일부만 처리하거나 거절할 때는 법적 근거를 적어야 합니다 (예: 개인정보 보호법 제35조 제4항).',
    en: 'A partial answer or a refusal needs its legal basis (e.g. PIPA Article 35(4)).',
  },
  PRIVACY_REQUEST_ANSWERED: {
    ko: '이미 답변한 요구입니다.',
    en: 'This request has already been answered.',
  },
  PRIVACY_REQUEST_OPEN_WORK: {
    ko: '진행 중인 수강·연계·추적 조사가 있어 지금 삭제할 수 없습니다. 먼저 정리하거나 일부 처리로 답변하세요.',
    en: 'The person still has open enrolments, referrals or follow-ups: close them first, or answer as partly done.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof CITIZENS_ERRORS, true> {}
}
