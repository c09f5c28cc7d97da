import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The outcomes module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const OUTCOMES_ERRORS = {
  COUNSELLING_NOTE_NOT_FOUND: { ko: '상담 기록을 찾을 수 없습니다.', en: 'Counselling note not found.' },
  GOAL_NOT_FOUND: { ko: '목표를 찾을 수 없습니다.', en: 'Goal not found.' },
  OUTCOME_NOT_FOUND: { ko: '성과 기록을 찾을 수 없습니다.', en: 'Outcome not found.' },
  FOLLOW_UP_NOT_FOUND: { ko: '추적 조사를 찾을 수 없습니다.', en: 'Follow-up not found.' },
  FOLLOW_UP_CLOSED: { ko: '이미 처리한 추적 조사입니다.', en: 'This follow-up is already closed.' },
  FOLLOW_UP_NO_CONTACT_CONSENT: {
    ko: '이 참여자는 연락(휴대전화)에 동의하지 않아 연락하는 추적 조사를 할 수 없습니다. 생략으로 처리하세요.',
    en: 'The participant has not agreed to be contacted (phone); close the follow-up as skipped.',
  },
  OUTCOME_PROGRAMME_NOT_ATTENDED: {
    ko: '이 참여자가 수강하지 않은 프로그램은 성과에 연결할 수 없습니다.',
    en: 'Only programmes the participant enrolled in can be linked to an outcome.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof OUTCOMES_ERRORS, true> {}
}

/** What the outcomes module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const OUTCOMES_FIELDS = {
  outcomeParticipantIdEquals: { ko: '추적 조사 대상자의 성과만 함께 기록할 수 있습니다.', en: 'Only the followed-up person’s outcome.' },
  employmentTypeRequired: { ko: '고용 형태를 고르세요.', en: 'Choose the type of employment.' },
  certificateNameRequired: { ko: '자격 이름을 입력하세요.', en: 'Name the certificate.' },
  evidenceRequired: { ko: '증빙 확인이면 무엇으로 확인했는지 적으세요.', en: 'Say what verified it.' },
  occurredOnFuture: { ko: '앞으로의 날짜는 성과로 기록할 수 없습니다.', en: 'An outcome cannot be in the future.' },
} as const satisfies FieldMessages;
