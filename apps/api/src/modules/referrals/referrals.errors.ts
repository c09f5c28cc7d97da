import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The referrals module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const REFERRALS_ERRORS = {
  REFERRAL_NOT_FOUND: { ko: '연계 의뢰를 찾을 수 없습니다.', en: 'Referral not found.' },
  REFERRAL_STEP: {
    ko: '지금 상태({status})에서는 그렇게 할 수 없습니다.',
    en: 'The referral cannot do that in its current state ({status}).',
  },
  REFERRAL_TO_SELF: {
    ko: '우리 기관으로는 연계할 수 없습니다. 다른 기관을 고르세요.',
    en: 'Choose another organization: a referral cannot go to its sender.',
  },
  REFERRAL_PROGRAMME_ELSEWHERE: {
    ko: '연계할 프로그램은 받는 기관이 운영하는 것이어야 합니다.',
    en: 'The programme must be one the receiving organization runs.',
  },
  REFERRAL_REFUSAL_NOT_EXPLAINED: {
    ko: '개인정보 제공을 거부할 수 있다는 것과 거부할 때의 결과를 안내했는지 확인하세요.',
    en: 'Confirm that the citizen was told they may refuse, and what refusing means.',
  },
  REFERRAL_NO_OPENING: {
    ko: '공고에 대한 연계가 아니어서 채용으로 처리할 수 없습니다.',
    en: 'This referral names no opening to hire for.',
  },
  REFERRAL_NO_SHARING: { ko: '이 연계에는 개인정보 제공 동의가 없습니다.', en: 'This referral has no sharing consent.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof REFERRALS_ERRORS, true> {}
}

/** What the referrals module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const REFERRALS_FIELDS = {
  toOrganizationIdEquals: { ko: '공고를 올린 기관으로만 연계할 수 있습니다.', en: 'Refer to the organization that posted the opening.' },
  toOrganizationIdIsNotEmpty: { ko: '받을 기관을 고르세요.', en: 'Choose the receiving organization.' },
  reasonIsNotEmpty: { ko: '반려 사유를 입력하세요.', en: 'Give a reason for declining.' },
  outcomeIsNotEmpty: { ko: '결과를 입력하세요.', en: 'Say how it ended.' },
  refusalExplained: {
    ko: '거부할 수 있음과 거부할 때의 결과를 안내했는지 확인하세요.',
    en: 'Confirm the citizen was told they may refuse and what that means.',
  },
} as const satisfies FieldMessages;
