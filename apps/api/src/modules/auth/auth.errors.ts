import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The auth module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const AUTH_ERRORS = {
  INVALID_CREDENTIALS: {
    ko: '이메일 또는 비밀번호가 올바르지 않습니다. 여러 번 틀렸다면 잠시 후 다시 시도하세요.',
    en: 'The e-mail or password is incorrect. After several wrong tries, wait a moment before trying again.',
  },
  WRONG_PASSWORD: { ko: '현재 비밀번호가 올바르지 않습니다.', en: 'The current password is incorrect.' },
  PASSWORD_POLICY: {
    ko: '비밀번호는 10자 이상이며 영문자와 숫자를 모두 포함하고, 흔한 비밀번호(password12 등)가 아니어야 합니다.',
    en: 'Passwords need at least 10 characters with both letters and digits, and must not be a common one (like password12).',
  },
  INVITATION_SIGN_IN_REQUIRED: {
    ko: '이 초대를 받으려면 초대받은 이메일의 계정으로 로그인한 뒤 링크를 다시 여세요.',
    en: "Sign in with the invited e-mail's account, then open the link again to accept.",
  },
  SECOND_FACTOR_INVALID: {
    ko: '인증 코드가 맞지 않습니다. 인증 앱의 지금 코드(6자리)나 복구 코드를 넣으세요.',
    en: "The code is not right. Enter the authenticator app's current six-digit code or a recovery code.",
  },
  SECOND_FACTOR_LOCKED: {
    ko: '인증에 여러 번 실패해 로그인을 끝냈습니다. 처음부터 다시 로그인하세요.',
    en: 'Too many wrong codes: this sign-in has ended. Sign in again from the start.',
  },
  SECOND_FACTOR_EXPIRED: {
    ko: '추가 인증 시간이 지났습니다. 처음부터 다시 로그인하세요.',
    en: 'The time for the second step has passed. Sign in again from the start.',
  },
  SECOND_FACTOR_NO_PASSKEY: {
    ko: '이 계정에 등록된 패스키가 없습니다. 인증 앱 코드나 복구 코드를 쓰세요.',
    en: 'This account has no passkey. Use the authenticator app or a recovery code.',
  },
  INVITATION_INVALID: { ko: '초대 링크가 유효하지 않거나 만료되었습니다.', en: 'The invitation link is invalid or has expired.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof AUTH_ERRORS, true> {}
}
