import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The organizations module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const ORGANIZATIONS_ERRORS = {
  ORGANIZATION_NOT_FOUND: { ko: '기관을 찾을 수 없습니다.', en: 'Organization not found.' },
  ORGANIZATION_CODE_TAKEN: { ko: '이미 사용 중인 기관 코드입니다.', en: 'That organization code is already in use.' },
  ORGANIZATION_PARENT_INVALID: {
    ko: '상위 기관을 자기 자신이나 하위 기관으로 지정할 수 없습니다.',
    en: 'An organization cannot be its own parent or descendant.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ORGANIZATIONS_ERRORS, true> {}
}
