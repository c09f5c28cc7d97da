import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The api-keys module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const API_KEYS_ERRORS = {
  API_KEY_NOT_FOUND: { ko: 'API 키를 찾을 수 없습니다.', en: 'API key not found.' },
  API_KEY_PERMISSION_NOT_ALLOWED: {
    ko: '이 권한은 API 키에 줄 수 없습니다: {permissions}',
    en: 'These permissions cannot be given to an API key: {permissions}',
  },
  API_KEY_EXPIRY_INVALID: {
    ko: '만료일은 내일부터 1년 안의 날짜여야 합니다.',
    en: 'The expiry date must be between tomorrow and one year from today.',
  },
  API_KEY_LIMIT: {
    ko: '기관마다 유효한 API 키는 {max}개까지입니다. 쓰지 않는 키를 폐기하세요.',
    en: 'An organization may hold {max} active API keys. Revoke the ones not in use.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof API_KEYS_ERRORS, true> {}
}
