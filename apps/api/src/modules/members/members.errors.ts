import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The members module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const MEMBERS_ERRORS = {
  MEMBERSHIP_NOT_FOUND: { ko: '구성원을 찾을 수 없습니다.', en: 'Member not found.' },
  ALREADY_MEMBER: { ko: '이미 이 기관의 구성원입니다.', en: 'This person is already a member of the organization.' },
  LAST_ADMIN: { ko: '기관 관리자가 최소 한 명은 있어야 합니다.', en: 'An organization needs at least one admin.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof MEMBERS_ERRORS, true> {}
}

/** What the members module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const MEMBERS_FIELDS = {
  passwordIsNotEmpty: { ko: '비밀번호를 입력하세요.', en: 'Enter a password.' },
  displayNameIsNotEmpty: { ko: '이름을 입력하세요.', en: 'Enter your name.' },
} as const satisfies FieldMessages;
