import { seoulDate } from './format';
/** Learn: programmes, sessions, participants, enrolment and attendance constants shared by the API and the portal. */

export const PILLARS = ['LEARN', 'LINK', 'ACT'] as const;
export type Pillar = (typeof PILLARS)[number];
export const PILLAR_LABELS: Readonly<Record<Pillar, { ko: string; en: string }>> = {
  LEARN: { ko: '학습하라', en: 'Learn' },
  LINK: { ko: '연계하라', en: 'Link' },
  ACT: { ko: '활동하라', en: 'Act' },
};

/** The six statutory domains of Korean lifelong education (평생교육 6대 영역). */
export const EDUCATION_DOMAINS = ['REMEDIAL', 'LITERACY', 'VOCATIONAL', 'LIBERAL_ARTS', 'CULTURE_ARTS', 'CIVIC'] as const;
export type EducationDomain = (typeof EDUCATION_DOMAINS)[number];
export const EDUCATION_DOMAIN_LABELS: Readonly<Record<EducationDomain, { ko: string; en: string }>> = {
  REMEDIAL: { ko: '학력보완', en: 'Remedial education' },
  LITERACY: { ko: '성인문해', en: 'Adult literacy' },
  VOCATIONAL: { ko: '직업능력', en: 'Vocational skills' },
  LIBERAL_ARTS: { ko: '인문교양', en: 'Liberal arts' },
  CULTURE_ARTS: { ko: '문화예술', en: 'Culture and arts' },
  CIVIC: { ko: '시민참여', en: 'Civic participation' },
};

export const PROGRAMME_FORMATS = ['OFFLINE', 'ONLINE', 'BLENDED'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];
export const PROGRAMME_FORMAT_LABELS: Readonly<Record<ProgrammeFormat, { ko: string; en: string }>> = {
  OFFLINE: { ko: '대면', en: 'In person' },
  ONLINE: { ko: '온라인', en: 'Online' },
  BLENDED: { ko: '혼합', en: 'Blended' },
};

/** Age bands, snapshotted on an enrolment from the birth year. */
export const AGE_BANDS = ['UNDER_20', 'AGE_20_39', 'AGE_40_64', 'AGE_65_PLUS'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, { ko: string; en: string }>> = {
  UNDER_20: { ko: '청소년(19세 이하)', en: 'Under 20' },
  AGE_20_39: { ko: '청년(20–39세)', en: '20–39' },
  AGE_40_64: { ko: '중장년(40–64세)', en: '40–64' },
  AGE_65_PLUS: { ko: '노년(65세 이상)', en: '65 and over' },
};

/** Age band in a given year (Korean "연 나이": year minus birth year). */
export function ageBandOf(birthYear: number, year: number): AgeBand {
  const age = year - birthYear;
  if (age < 20) return 'UNDER_20';
  if (age < 40) return 'AGE_20_39';
  if (age < 65) return 'AGE_40_64';
  return 'AGE_65_PLUS';
}

export const PROGRAMME_STATUSES = ['DRAFT', 'PROPOSED', 'APPROVED', 'RETURNED', 'RECRUITING', 'RUNNING', 'COMPLETED', 'CANCELLED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_STATUS_LABELS: Readonly<Record<ProgrammeStatus, { ko: string; en: string }>> = {
  DRAFT: { ko: '작성 중', en: 'Draft' },
  PROPOSED: { ko: '승인 요청', en: 'Proposed' },
  APPROVED: { ko: '승인', en: 'Approved' },
  RETURNED: { ko: '보완 요청', en: 'Returned' },
  RECRUITING: { ko: '모집 중', en: 'Recruiting' },
  RUNNING: { ko: '운영 중', en: 'Running' },
  COMPLETED: { ko: '종료', en: 'Completed' },
  CANCELLED: { ko: '취소', en: 'Cancelled' },
};

/** Legal programme transitions and who makes them: the host organization's staff, or the stream lead's admins. */
export const PROGRAMME_TRANSITIONS: ReadonlyArray<{ from: ProgrammeStatus; to: ProgrammeStatus; by: 'HOST' | 'LEAD' }> = [
  { from: 'DRAFT', to: 'PROPOSED', by: 'HOST' },
  { from: 'RETURNED', to: 'PROPOSED', by: 'HOST' },
  { from: 'PROPOSED', to: 'APPROVED', by: 'LEAD' },
  { from: 'PROPOSED', to: 'RETURNED', by: 'LEAD' },
  { from: 'APPROVED', to: 'RECRUITING', by: 'HOST' },
  { from: 'RECRUITING', to: 'RUNNING', by: 'HOST' },
  { from: 'RUNNING', to: 'COMPLETED', by: 'HOST' },
  { from: 'DRAFT', to: 'CANCELLED', by: 'HOST' },
  { from: 'RETURNED', to: 'CANCELLED', by: 'HOST' },
  { from: 'APPROVED', to: 'CANCELLED', by: 'HOST' },
  { from: 'RECRUITING', to: 'CANCELLED', by: 'HOST' },
  { from: 'RUNNING', to: 'CANCELLED', by: 'HOST' },
];

export function programmeTransition(from: ProgrammeStatus, to: ProgrammeStatus) {
  return PROGRAMME_TRANSITIONS.find((t) => t.from === from && t.to === to) ?? null;
}

/** Programme content (title, sessions…) may be edited by the host until it is decided or while returned; sessions also later. */
export const PROGRAMME_EDITABLE: readonly ProgrammeStatus[] = ['DRAFT', 'RETURNED', 'APPROVED', 'RECRUITING', 'RUNNING'];
/** Enrolments are accepted in these states (APPROVED: applications wait until recruiting opens). */
export const PROGRAMME_ENROLLABLE: readonly ProgrammeStatus[] = ['APPROVED', 'RECRUITING', 'RUNNING'];

export const ENROLMENT_STATUSES = ['APPLIED', 'ENROLLED', 'WAITLISTED', 'COMPLETED', 'DROPPED', 'NO_SHOW', 'NOT_COMPLETED'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLMENT_STATUS_LABELS: Readonly<Record<EnrolmentStatus, { ko: string; en: string }>> = {
  APPLIED: { ko: '신청', en: 'Applied' },
  ENROLLED: { ko: '등록', en: 'Enrolled' },
  WAITLISTED: { ko: '대기', en: 'Waitlisted' },
  COMPLETED: { ko: '수료', en: 'Completed' },
  DROPPED: { ko: '중도 포기', en: 'Dropped' },
  NO_SHOW: { ko: '불참', en: 'No-show' },
  NOT_COMPLETED: { ko: '미수료', en: 'Not completed' },
};
/** Statuses that hold a seat (a learner who did not meet the completion rule still took one). */
export const SEAT_HOLDING: readonly EnrolmentStatus[] = ['ENROLLED', 'COMPLETED', 'NOT_COMPLETED'];

/** The changes staff make by hand (drop, no-show); everything else moves by the seat and completion rules. */
export const ENROLMENT_MANUAL_CHANGES: Readonly<Partial<Record<EnrolmentStatus, readonly EnrolmentStatus[]>>> = {
  APPLIED: ['DROPPED'],
  WAITLISTED: ['DROPPED'],
  ENROLLED: ['DROPPED', 'NO_SHOW'],
};

export function canChangeEnrolment(from: EnrolmentStatus, to: EnrolmentStatus): boolean {
  return ENROLMENT_MANUAL_CHANGES[from]?.includes(to) ?? false;
}

export type ConsentState = 'ACTIVE' | 'WITHDRAWN' | 'EXPIRED' | 'NONE';

/** Whether personal data may be used at all: the programme-operation consent in force, withdrawn, or lapsed. */
export function consentState(
  consents: ReadonlyArray<{ purpose: string; withdrawnAt?: string | Date | null; retentionUntil: string }> | null | undefined,
  today = seoulDate(),
): ConsentState {
  const op = (consents ?? []).filter((c) => c.purpose === 'PROGRAMME_OPERATION');
  if (op.some((c) => !c.withdrawnAt && c.retentionUntil >= today)) return 'ACTIVE';
  if (op.some((c) => c.withdrawnAt)) return 'WITHDRAWN';
  return op.length ? 'EXPIRED' : 'NONE';
}

export const ATTENDANCE_STATUSES = ['PRESENT', 'LATE', 'EXCUSED', 'ABSENT'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Readonly<Record<AttendanceStatus, { ko: string; en: string }>> = {
  PRESENT: { ko: '출석', en: 'Present' },
  LATE: { ko: '지각', en: 'Late' },
  EXCUSED: { ko: '공결', en: 'Excused' },
  ABSENT: { ko: '결석', en: 'Absent' },
};
/** Statuses that count as attended (towards hours and the completion rule). */
export const ATTENDED: readonly AttendanceStatus[] = ['PRESENT', 'LATE'];

export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, { ko: string; en: string }>> = {
  FEMALE: { ko: '여', en: 'Female' },
  MALE: { ko: '남', en: 'Male' },
  OTHER: { ko: '기타', en: 'Other' },
};

/** Why personal data is held: running the programme, or sharing with a named partner organization. */
export const CONSENT_PURPOSES = ['PROGRAMME_OPERATION', 'THIRD_PARTY_SHARING'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_PURPOSE_LABELS: Readonly<Record<ConsentPurpose, { ko: string; en: string }>> = {
  PROGRAMME_OPERATION: { ko: '교육 운영(수강 관리·수료)', en: 'Running the programme (enrolment, completion)' },
  THIRD_PARTY_SHARING: { ko: '제3자 제공', en: 'Sharing with a partner organization' },
};

/** Personal fields a consent covers and an access log names. */
export const PERSONAL_FIELDS = ['NAME', 'PHONE', 'BIRTH_YEAR', 'GENDER', 'DISTRICT'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export const PERSONAL_FIELD_LABELS: Readonly<Record<PersonalField, { ko: string; en: string }>> = {
  NAME: { ko: '이름', en: 'Name' },
  PHONE: { ko: '휴대전화', en: 'Phone' },
  BIRTH_YEAR: { ko: '출생연도', en: 'Birth year' },
  GENDER: { ko: '성별', en: 'Gender' },
  DISTRICT: { ko: '거주지', en: 'District' },
};

/**
 * Where personal data was read, as the access log records it (`personal_data_access.purpose`): the resolver path of
 * `Participant.personal`, or a named export. Labels for the ones the portal and exports use; others show as recorded.
 */
export const ACCESS_PURPOSE_LABELS: Readonly<Record<string, { ko: string; en: string }>> = {
  'graphql:participants.items.personal': { ko: '참여자 목록', en: 'Participant list' },
  'graphql:participant.personal': { ko: '참여자 상세', en: 'Participant page' },
  'graphql:registerParticipant.personal': { ko: '참여자 등록', en: 'Registration' },
  'graphql:programme.enrolments.items.participant.personal': { ko: '프로그램 명단', en: 'Programme roster' },
  'roster-export': { ko: '명단 파일 내려받기', en: 'Roster file download' },
  'certificate-issue': { ko: '수료증 발급', en: 'Certificate issue' },
};

/** Korean mobile or landline, digits with optional hyphens; stored normalized as digits. */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^0\d{8,10}$/.test(digits) ? digits : null;
}

/** A mobile number's digits (010…), or null: what a text can go to (applications, the citizen's sign-in). */
export function mobileDigits(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return /^01[016789]\d{7,8}$/.test(digits) ? digits : null;
}

/** 01012345678 → 010-1234-5678 (display). */
export function formatPhone(digits: string): string {
  if (/^02\d{7,8}$/.test(digits)) return digits.replace(/^(02)(\d{3,4})(\d{4})$/, '$1-$2-$3');
  return digits.replace(/^(\d{3})(\d{3,4})(\d{4})$/, '$1-$2-$3');
}

/** 김민수 → 김*수, 이영 → 이*: what a public certificate page shows. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Completion rule: attended sessions / held sessions ≥ rate percent (no sessions held → not complete). */
export function meetsCompletion(attended: number, held: number, ratePercent: number): boolean {
  return held > 0 && attended * 100 >= ratePercent * held;
}

/**
 * The roster file (XLSX or CSV) columns, in order; one column per session follows, headed "1회차 (MM-DD HH:mm)".
 * Export and import use the same layout, so an exported file can be edited and uploaded again.
 */
export const ROSTER_COLUMNS = [
  { key: 'key', ko: '식별번호', en: 'Key' },
  { key: 'name', ko: '이름', en: 'Name' },
  { key: 'phone', ko: '휴대전화', en: 'Phone' },
  { key: 'birthYear', ko: '출생연도', en: 'Birth year' },
  { key: 'gender', ko: '성별', en: 'Gender' },
  { key: 'district', ko: '거주지', en: 'District' },
  { key: 'consent', ko: '개인정보 동의', en: 'Consent' },
  { key: 'status', ko: '상태', en: 'Status' },
] as const;
export type RosterColumnKey = (typeof ROSTER_COLUMNS)[number]['key'];
/** Cell values that record consent in the file (the signed paper form stays with the organization). */
export const CONSENT_YES: readonly string[] = ['예', '동의', 'Y', 'YES', 'O', 'TRUE'];
/** At most this many rows per import. */
export const ROSTER_IMPORT_MAX_ROWS = 5000;

/** One problem in one row of a roster file (row numbers as the spreadsheet shows them). */
export interface RosterRowError {
  row: number;
  column: string | null;
  code: string;
  ko: string;
  en: string;
}

/** What a roster import did, or (dry run) would do. */
export interface RosterImportResult {
  dryRun: boolean;
  /** Written: false for a dry run, or when any row has an error (all or nothing). */
  applied: boolean;
  rows: number;
  created: number;
  matched: number;
  enrolled: number;
  waitlisted: number;
  marks: number;
  errors: RosterRowError[];
}
