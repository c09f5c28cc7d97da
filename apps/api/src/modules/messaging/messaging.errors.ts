import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The messaging module's error codes (none of its own yet: refusals use core's and the organization's). */
export const MESSAGING_ERRORS = {} as const satisfies ErrorCatalog;

/** What the messaging module says about a field it refuses. */
export const MESSAGING_FIELDS = {
  monthlyLimitRange: {
    ko: '한 달 문자 예산은 0건에서 {max}건 사이여야 합니다.',
    en: 'The monthly message budget must be 0 to {max} messages.',
  },
} as const satisfies FieldMessages;
