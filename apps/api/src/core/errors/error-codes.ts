/**
 * Typed error codes with Korean and English messages. A client's mistake gets one of these codes (never
 * INTERNAL_SERVER_ERROR, never HTTP 500). Core's codes are here; each module declares its own in `<module>.errors.ts`
 * (a catalog plus a `ModuleErrorCodes` augmentation, so `AppError` stays typed) and the composition root registers it.
 */
export type Messages = { readonly ko: string; readonly en: string };
export type ErrorCatalog = Readonly<Record<string, Messages>>;

export const CORE_ERRORS = {
  UNAUTHENTICATED: { ko: '로그인이 필요합니다.', en: 'Please sign in.' },
  API_KEY_INVALID: { ko: 'API 키가 올바르지 않거나 만료·폐기되었습니다.', en: 'The API key is unknown, expired or revoked.' },
  SESSION_EXPIRED: {
    ko: '30분 동안 활동이 없어 로그아웃되었습니다. 다시 로그인하세요.',
    en: 'You were signed out after 30 idle minutes. Please sign in again.',
  },
  FORBIDDEN: { ko: '이 작업을 할 권한이 없습니다.', en: 'You do not have permission to do this.' },
  RECORD_NOT_FOUND: { ko: '기록을 찾을 수 없습니다.', en: 'Record not found.' },
  VALIDATION_FAILED: { ko: '입력값을 확인하세요.', en: 'Please check the values you entered.' },
  BAD_REQUEST: { ko: '잘못된 요청입니다.', en: 'The request is malformed.' },
  QUERY_TOO_COMPLEX: { ko: '요청이 너무 복잡합니다. 나누어 요청하세요.', en: 'The query is too complex; split it into smaller ones.' },
  QUERY_TOO_LONG: { ko: '요청한 쿼리가 너무 깁니다({max}자 이하).', en: 'The query text is too long (at most {max} characters).' },
  PAYLOAD_TOO_LARGE: { ko: '요청이 너무 큽니다.', en: 'The request is too large.' },
  CONFLICT: { ko: '같은 항목이 방금 만들어졌습니다. 새로 고친 뒤 확인하세요.', en: 'The same record was just created; reload and check.' },
  RESPONSE_TOO_LARGE: {
    ko: '응답이 너무 큽니다. 더 작은 페이지로 나누어 요청하세요.',
    en: 'The answer is too large; ask for smaller pages.',
  },
  INTROSPECTION_FORBIDDEN: { ko: '스키마 조회는 플랫폼 관리자만 할 수 있습니다.', en: 'Only platform admins may introspect the schema.' },
  TOO_MANY_REQUESTS: {
    ko: '요청이 너무 많습니다. {seconds}초 후 다시 시도하세요.',
    en: 'Too many requests; try again in {seconds} seconds.',
  },
  SERVICE_UNAVAILABLE: {
    ko: '서비스를 잠시 사용할 수 없습니다. 잠시 후 다시 시도하세요.',
    en: 'The service is briefly unavailable; please try again shortly.',
  },
  INTERNAL_SERVER_ERROR: {
    ko: '서버에서 오류가 발생했습니다. 잠시 후 다시 시도하세요.',
    en: 'Something went wrong on the server. Please try again shortly.',
  },
} as const satisfies ErrorCatalog;

/** Augmented by each module's `<module>.errors.ts` with its codes. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleErrorCodes {}

export type ErrorCode = keyof typeof CORE_ERRORS | Extract<keyof ModuleErrorCodes, string>;

const registry = new Map<string, Messages>(Object.entries(CORE_ERRORS));

/** Adds a module's catalog; a code declared twice stops the app from booting. */
export function registerErrorCatalog(owner: string, catalog: ErrorCatalog): void {
  for (const [code, messages] of Object.entries(catalog)) {
    const known = registry.get(code);
    if (known && known !== messages) throw new Error(`error code ${code} (module ${owner}) is declared twice`);
    registry.set(code, messages);
  }
}

export function isErrorCode(code: string): code is ErrorCode {
  return registry.has(code);
}

/** The messages of a code; a code whose module is not in src/modules.ts is a programming error. */
export function errorMessages(code: ErrorCode): Messages {
  const messages = registry.get(code);
  if (!messages) throw new Error(`error code ${code} is not registered: is its module listed in src/modules.ts?`);
  return messages;
}

/**
 * A unique constraint that a concurrent twin of a request won (both passed the service's check) answers the error the
 * service would have given the second one; each module names its constraints. Any other unique violation is a CONFLICT.
 */
const uniqueConstraints = new Map<string, ErrorCode>();

export function registerUniqueConstraints(owner: string, map: Readonly<Record<string, ErrorCode>>): void {
  for (const [constraint, code] of Object.entries(map)) {
    const known = uniqueConstraints.get(constraint);
    if (known && known !== code) throw new Error(`unique constraint ${constraint} (module ${owner}) is mapped twice`);
    uniqueConstraints.set(constraint, code);
  }
}

export function uniqueConstraintError(constraint: unknown): ErrorCode {
  return uniqueConstraints.get(String(constraint)) ?? 'CONFLICT';
}
