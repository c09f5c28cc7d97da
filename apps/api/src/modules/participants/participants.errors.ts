import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The participants module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const PARTICIPANTS_ERRORS = {
  PARTICIPANT_NOT_FOUND: { ko: '참여자를 찾을 수 없습니다.', en: 'Participant not found.' },
  PARTICIPANT_EXISTS: {
    ko: '같은 이름과 전화번호의 참여자가 이미 있습니다 ({key}).',
    en: 'A participant with this name and phone number already exists ({key}).',
  },
  PARTICIPANT_POSSIBLE_DUPLICATE: {
    ko: '같은 이름과 출생연도의 참여자가 이미 있습니다 ({key}). 같은 사람이면 그 참여자를 과정에 등록하고, 다른 사람이면 새 참여자임을 확인한 뒤 등록하세요.',
    en: 'A participant with this name and birth year already exists ({key}). If it is the same person, enrol that participant; if not, confirm this is someone else.',
  },
  PARTICIPANT_MERGE_SAME: {
    ko: '같은 기록끼리는 합칠 수 없습니다. 다른 참여자를 고르세요.',
    en: 'A record cannot be merged with itself; choose another participant.',
  },
  CONSENT_REQUIRED: { ko: '개인정보 수집·이용 동의가 있어야 합니다.', en: 'Consent to collect and use personal data is required.' },
  CONSENT_NOT_FOUND: { ko: '동의 기록을 찾을 수 없습니다.', en: 'Consent record not found.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof PARTICIPANTS_ERRORS, true> {}
}
