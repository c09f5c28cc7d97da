import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The participants module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const PARTICIPANTS_ERRORS = {
  PARTICIPANT_NOT_FOUND: { ko: '참여자를 찾을 수 없습니다.', en: 'Participant not found.' },
  PARTICIPANT_EXISTS: { ko: '같은 이름과 전화번호의 참여자가 이미 있습니다 ({key}).', en: 'A participant with this name and phone number already exists ({key}).' },
  CONSENT_REQUIRED: { ko: '개인정보 수집·이용 동의가 있어야 합니다.', en: 'Consent to collect and use personal data is required.' },
  CONSENT_NOT_FOUND: { ko: '동의 기록을 찾을 수 없습니다.', en: 'Consent record not found.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof PARTICIPANTS_ERRORS, true> {}
}
