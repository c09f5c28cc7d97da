import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The catalogue module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const CATALOGUE_ERRORS = {
  OFFER_NOT_PUBLISHABLE: {
    ko: '모집 중이거나 운영 중인 프로그램만 공개할 수 있습니다 (지금: {status}).',
    en: 'Only a recruiting or running programme can be published (now: {status}).',
  },
  CATALOGUE_PAGE_NOT_FOUND: { ko: '찾으시는 강좌가 없습니다.', en: 'No such course.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof CATALOGUE_ERRORS, true> {}
}

/** What the catalogue module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const CATALOGUE_FIELDS = {
  applyUntilMin: { ko: '접수 종료는 접수 시작보다 늦어야 합니다.', en: 'Applications must close after they open.' },
  maxAgeMin: { ko: '최대 나이는 최소 나이보다 작을 수 없습니다.', en: 'The maximum age cannot be below the minimum.' },
  residentQuotaMax: {
    ko: '거주자 우선 인원은 정원 이하여야 합니다 ({capacity}명).',
    en: 'Resident seats cannot exceed the capacity ({capacity}).',
  },
  residentQuotaDistricts: {
    ko: '거주자 우선 인원을 두려면 신청할 수 있는 지역을 고르세요.',
    en: 'Choose the districts whose residents the quota is for.',
  },
  districtsUnknown: { ko: '부산의 구·군이 아닌 지역이 있습니다.', en: 'A district is not one of Busan’s.' },
} as const satisfies FieldMessages;
