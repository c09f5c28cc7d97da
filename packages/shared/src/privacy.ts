/** The patterns the monthly access-log review flags (one definition for the API's enum and the portal's words). */
export const ACCESS_FLAG_LABELS = {
  VOLUME: { ko: '하루에 100명 넘게 열람', en: 'More than 100 people read in a day' },
  OUTSIDE_HOURS: { ko: '근무시간 외 열람 (20시~8시, 주말)', en: 'Reads outside working hours (20:00–8:00, weekends)' },
  NO_OPEN_WORK: { ko: '진행 중인 업무가 없는 사람의 정보 열람', en: 'Reads of people with no open work' },
  BULK_DOWNLOAD: { ko: '대량 내려받기', en: 'Bulk download' },
} as const satisfies Record<string, { ko: string; en: string }>;

const PURPOSES: ReadonlyArray<[RegExp, { ko: string; en: string }]> = [
  [/^roster-export:csv$/, { ko: '명단 파일 (CSV)', en: 'Roster file (CSV)' }],
  [/^roster-export:xlsx$/, { ko: '명단 파일 (엑셀)', en: 'Roster file (Excel)' }],
  [/^roster-export$/, { ko: '명단 파일 내려받기', en: 'Roster download' }],
  [/^graphql:search$/, { ko: '검색 결과의 이름', en: 'Names in search results' }],
  [/^graphql:/, { ko: '화면에서 조회', en: 'Viewed on screen' }],
  [/^referral:/, { ko: '의뢰로 받은 정보 열람 (제공)', en: 'Read under a referral (provision)' }],
  [/^certificate-issue$/, { ko: '수료증 발급', en: 'Certificate issued' }],
  [/^certificate-print$/, { ko: '수료증 인쇄', en: 'Certificate printed' }],
  [/^counselling-notes$/, { ko: '상담 기록 열람', en: 'Counselling notes read' }],
];

/** A logged purpose in words (the raw purpose stays beside it for the auditor). */
export function accessPurposeLabel(purpose: string, lang: string): string {
  const found = PURPOSES.find(([re]) => re.test(purpose))?.[1];
  return found ? found[lang === 'en' ? 'en' : 'ko'] : purpose;
}

/** What a destruction removes, per kind of record (the register's items). */
export const DESTRUCTION_ITEM_LABELS = {
  NAME: { ko: '이름', en: 'Name' },
  PHONE: { ko: '휴대전화', en: 'Mobile phone' },
  CERTIFICATE_NAME: { ko: '수료증의 이름', en: 'Name on certificates' },
  COUNSELLING_NOTES: { ko: '상담 기록', en: 'Counselling notes' },
  OUTCOME_EVIDENCE: { ko: '성과 증빙 내용', en: 'Outcome evidence' },
  FOLLOW_UP_NOTES: { ko: '추적 조사 메모', en: 'Follow-up notes' },
  REFERRAL_NOTES: { ko: '의뢰 메모', en: 'Referral notes' },
  REFERRAL_DOCUMENTS: { ko: '의뢰 첨부 문서', en: 'Referral documents' },
} as const satisfies Record<string, { ko: string; en: string }>;

/** Why a record was destroyed (the register's rule). */
export const DESTRUCTION_RULE_LABELS = {
  CONSENT_ENDED: {
    ko: '모든 동의가 철회되었거나 보유기간이 끝났고 진행 중인 업무가 없음',
    en: 'Every consent withdrawn or past its retention, and no open work',
  },
} as const satisfies Record<string, { ko: string; en: string }>;
