import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The privacy module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const PRIVACY_ERRORS = {
  ACCESS_REVIEW_MONTH_INVALID: {
    ko: '점검할 달을 2025-11처럼 적으세요. 아직 오지 않은 달은 점검할 수 없습니다.',
    en: 'Give the month as 2025-11; a month still to come cannot be reviewed.',
  },
  ACCESS_REVIEW_MONTH_OPEN: {
    ko: '{month}은(는) 아직 끝나지 않았습니다. 달이 끝난 뒤 서명하세요.',
    en: '{month} has not ended yet: sign its review once it has.',
  },
  ACCESS_REVIEW_SIGNED: {
    ko: '{month} 점검은 이미 서명되었습니다. 서명한 점검은 고칠 수 없습니다.',
    en: 'The review of {month} is already signed; a signed review cannot be changed.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof PRIVACY_ERRORS, true> {}
}
