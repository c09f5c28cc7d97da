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
  MENTOR_NOTES: { ko: '멘토 메모', en: 'Mentor notes' },
  MENTOR_EVIDENCE: { ko: '멘토 자격 증빙', en: "Mentor credentials' evidence" },
} as const satisfies Record<string, { ko: string; en: string }>;

/** Why a record was destroyed (the register's rule). */
export const DESTRUCTION_RULE_LABELS = {
  CONSENT_ENDED: {
    ko: '모든 동의가 철회되었거나 보유기간이 끝났고 진행 중인 업무가 없음',
    en: 'Every consent withdrawn or past its retention, and no open work',
  },
  ERASURE_REQUEST: {
    ko: '정보주체의 삭제 요구 (개인정보 보호법 제36조)',
    en: "The person's request for erasure (PIPA Art. 36)",
  },
} as const satisfies Record<string, { ko: string; en: string }>;

/** Why personal data is held and for how long: the privacy policy's sections (one definition for the API and the pages). */
export const PERSONAL_DATA_PURPOSES = {
  PROGRAMME_OPERATION: {
    ko: '평생학습 프로그램 운영 (신청·수강·출석·수료·성과와 추적 조사)',
    en: 'Running lifelong-learning programmes (applications, attendance, completion, outcomes and follow-ups)',
    retentionKo: '동의서에 적은 보유기간까지. 동의를 철회하거나 기간이 끝나고 진행 중인 업무가 없으면 다음 날 새벽에 파기합니다.',
    retentionEn:
      'Until the retention date of the consent; after withdrawal or that date, and once no work is open, destroyed the next night.',
    basisKo: '정보주체의 동의 (개인정보 보호법 제15조 제1항 제1호)',
    basisEn: 'Consent (PIPA Art. 15(1)1)',
  },
  THIRD_PARTY_SHARING: {
    ko: '다른 기관으로의 연계 의뢰 (제3자 제공)',
    en: 'Referrals to another organization (provision to a third party)',
    retentionKo: '제공 동의의 보유기간까지. 동의를 철회하면 받은 기관의 열람이 즉시 멈춥니다.',
    retentionEn: "Until the sharing consent's retention date; a withdrawal stops the recipient's access at once.",
    basisKo: '정보주체의 별도 동의 (개인정보 보호법 제17조 제1항 제1호)',
    basisEn: 'Separate consent (PIPA Art. 17(1)1)',
  },
  APPLICATION: {
    ko: '온라인 수강 신청의 휴대전화 확인',
    en: 'Confirming the mobile phone of an online application',
    retentionKo: '확인 코드를 넣을 때까지 암호화해 보관하고, 확인되면 프로그램 운영 정보가 됩니다.',
    retentionEn: 'Kept encrypted until the code is entered; then it becomes programme data.',
    basisKo: '정보주체의 동의 (개인정보 보호법 제15조 제1항 제1호)',
    basisEn: 'Consent (PIPA Art. 15(1)1)',
  },
  MESSAGING: {
    ko: '문자·알림톡 발송 기록',
    en: 'The record of texts sent',
    retentionKo: '번호 끝 네 자리와 복원할 수 없는 값만, 발송 한도와 민원 확인을 위해 보관합니다.',
    retentionEn: 'Only the last four digits and a keyed hash, kept for the sending budget and complaints.',
    basisKo: '정보주체의 동의에 따른 안내 (개인정보 보호법 제15조 제1항 제1호)',
    basisEn: 'Notices under consent (PIPA Art. 15(1)1)',
  },
  STAFF_ACCOUNT: {
    ko: '협력기관 담당자 계정과 업무 연락',
    en: "Partner staff's accounts and work contact",
    retentionKo: '계정이 있는 동안. 구성원에서 빠지면 그 기관의 권한이 사라집니다.',
    retentionEn: 'While the account exists; leaving an organization ends its access.',
    basisKo: '계약 이행과 정당한 이익 (개인정보 보호법 제15조 제1항 제4호·제6호)',
    basisEn: 'Performance of contract, legitimate interest (PIPA Art. 15(1)4, 6)',
  },
  SECURITY_LOG: {
    ko: '개인정보 접속기록과 감사 기록, 로그인 보안',
    en: 'Access logs, audit records and sign-in security',
    retentionKo: '2년 이상, 고칠 수 없게 보관합니다 (개인정보의 안전성 확보조치 기준 제8조).',
    retentionEn: 'At least two years, unchangeable (Personal Information Safety Standards, Art. 8).',
    basisKo: '법령상 의무 (개인정보 보호법 제29조)',
    basisEn: 'Legal obligation (PIPA Art. 29)',
  },
  RIGHTS_REQUESTS: {
    ko: '정보주체의 열람·정정·삭제·처리정지 요구 처리',
    en: "Handling a person's requests to see, correct, delete or stop processing",
    retentionKo: '요구를 처리한 날부터 3년 (표준 개인정보 보호지침).',
    retentionEn: 'Three years after the request was answered (Standard Personal Information Protection Guidelines).',
    basisKo: '법령상 의무 (개인정보 보호법 제35조~제38조)',
    basisEn: 'Legal obligation (PIPA Arts. 35–38)',
  },
} as const;
export type PersonalDataPurpose = keyof typeof PERSONAL_DATA_PURPOSES;

/** What a person may ask under PIPA (제35조 열람, 제36조 정정·삭제, 제37조 처리정지): one glossary for the API and the portal. */
export const PRIVACY_REQUEST_KINDS = ['SEE', 'CORRECT', 'DELETE', 'STOP'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];
export const PRIVACY_REQUEST_KIND_LABELS = {
  SEE: { ko: '열람', en: 'See my data' },
  CORRECT: { ko: '정정', en: 'Correct' },
  DELETE: { ko: '삭제', en: 'Delete' },
  STOP: { ko: '처리정지', en: 'Stop processing' },
} as const satisfies Record<PrivacyRequestKind, { ko: string; en: string }>;

/** Each holding organization's answer to a request. */
export const PRIVACY_REQUEST_STATUSES = ['PENDING', 'DONE', 'PARTLY', 'REFUSED'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];
export const PRIVACY_REQUEST_STATUS_LABELS = {
  PENDING: { ko: '처리 중', en: 'Pending' },
  DONE: { ko: '처리 완료', en: 'Done' },
  PARTLY: { ko: '일부 처리', en: 'Partly done' },
  REFUSED: { ko: '거절', en: 'Refused' },
} as const satisfies Record<PrivacyRequestStatus, { ko: string; en: string }>;

/** How the request was made: on the citizen's own space, or in person or by phone (recorded by staff). */
export const PRIVACY_REQUEST_CHANNELS = ['ONLINE', 'IN_PERSON', 'PHONE'] as const;
export type PrivacyRequestChannel = (typeof PRIVACY_REQUEST_CHANNELS)[number];
export const PRIVACY_REQUEST_CHANNEL_LABELS = {
  ONLINE: { ko: '내 학습 (온라인)', en: 'Online (citizen space)' },
  IN_PERSON: { ko: '방문', en: 'In person' },
  PHONE: { ko: '전화', en: 'By phone' },
} as const satisfies Record<PrivacyRequestChannel, { ko: string; en: string }>;

/** The law's deadline for answering (개인정보 보호법 시행령 제41조·제43조·제44조: 10일). */
export const PRIVACY_REQUEST_DAYS = 10;
