import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The surveys module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const SURVEYS_ERRORS = {
  SURVEY_NOT_FOUND: { ko: '설문을 찾을 수 없습니다.', en: 'Survey not found.' },
  SURVEY_LINK_INVALID: {
    ko: '설문 링크가 올바르지 않습니다. 받은 링크나 QR 코드를 다시 확인해 주세요.',
    en: 'This survey link is not valid. Check the link or QR code you were given.',
  },
  SURVEY_ALREADY_ANSWERED: {
    ko: '이 링크로는 이미 응답하셨습니다. 참여해 주셔서 감사합니다.',
    en: 'This link has already been used to answer. Thank you for taking part.',
  },
  SURVEY_CLOSED: { ko: '설문이 마감되었습니다.', en: 'The survey is closed.' },
  SURVEY_SCORES_INVALID: { ko: '다섯 문항 모두 1–5점 중에서 골라 주세요.', en: 'Answer all five items with a score from 1 to 5.' },
  SURVEY_TOO_MANY_ANSWERS: { ko: '응답 수가 수강생 수를 넘을 수 없습니다.', en: 'There cannot be more answers than participants.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof SURVEYS_ERRORS, true> {}
}
