/** Link: openings posted by company and university partners, tied to Learn programmes and skills. */

export const OPENING_KINDS = ['JOB', 'INTERNSHIP', 'APPRENTICESHIP', 'MENTORING'] as const;
export type OpeningKind = (typeof OPENING_KINDS)[number];
export const OPENING_KIND_LABELS: Readonly<Record<OpeningKind, { ko: string; en: string }>> = {
  JOB: { ko: '채용', en: 'Job' },
  INTERNSHIP: { ko: '인턴십', en: 'Internship' },
  APPRENTICESHIP: { ko: '현장 실습·도제', en: 'Apprenticeship' },
  MENTORING: { ko: '멘토링', en: 'Mentoring' },
};

export const OPENING_STATUSES = ['OPEN', 'CLOSED', 'FILLED'] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];
export const OPENING_STATUS_LABELS: Readonly<Record<OpeningStatus, { ko: string; en: string }>> = {
  OPEN: { ko: '모집 중', en: 'Open' },
  CLOSED: { ko: '마감', en: 'Closed' },
  FILLED: { ko: '채용 완료', en: 'Filled' },
};
