import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The participants module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const PARTICIPANTS_ERRORS = {
  PARTICIPANT_NOT_FOUND: { ko: '참여자를 찾을 수 없습니다.', en: 'Participant not found.' },
  BULK_DOWNLOAD_REASON_REQUIRED: {
    ko: '{n}명의 개인정보가 담긴 파일입니다. 기관이 정한 {threshold}명을 넘으니 내려받는 사유를 적으세요. 사유는 접속기록 점검에 남습니다.',
    en: "This file carries {n} people's personal data, more than your organization's {threshold}: give the reason for the download. It is kept for the access-log review.",
  },
  PARTICIPANT_EXISTS: {
    ko: '같은 이름과 휴대전화의 참여자가 이미 있습니다 ({key}).',
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

/** What the participants module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const PARTICIPANTS_FIELDS = {
  thresholdRange: { ko: '1명에서 100,000명 사이로 정하세요.', en: 'Choose between 1 and 100,000 people.' },
  phoneMatches: { ko: '휴대전화 번호 형식이 올바르지 않습니다.', en: 'The phone number is not valid.' },
  consentRetentionUntilMin: { ko: '보유 기한은 오늘 이후여야 합니다.', en: 'The retention date must be in the future.' },
  recipientOrganizationIdIsNotEmpty: { ko: '정보를 받을 기관을 지정하세요.', en: 'Name the organization that receives the data.' },
  consentGiven: {
    ko: '참여자의 개인정보 수집·이용 동의를 받아야 등록할 수 있습니다.',
    en: "Record the participant's consent before registering.",
  },
  consentNotCovered: { ko: '동의 항목에 없는 정보는 저장할 수 없습니다: {items}', en: 'The consent does not cover: {items}' },
  consentForOperation: { ko: '등록에는 교육 운영 목적의 동의가 필요합니다.', en: 'Registering needs consent for running the programme.' },
} as const satisfies FieldMessages;
