/** Link: mentors trained in Learn programmes and deployed into class sessions. Shared by the API and the portal. */

/** What a mentor credential is for: Nam-gu's AI Learning Coach, Yeonje-gu's AI/digital mentors, the volunteer team. */
export const MENTOR_KINDS = ['AI_COACH', 'DIGITAL_MENTOR', 'VOLUNTEER'] as const;
export type MentorKind = (typeof MENTOR_KINDS)[number];
export const MENTOR_KIND_LABELS: Readonly<Record<MentorKind, { ko: string; en: string }>> = {
  AI_COACH: { ko: 'AI 학습코치', en: 'AI learning coach' },
  DIGITAL_MENTOR: { ko: '디지털 멘토', en: 'Digital mentor' },
  VOLUNTEER: { ko: '수업 지원 봉사자', en: 'Class volunteer' },
};

/** How a credential was earned: by completing a mentor course, or recorded by staff with evidence. */
export const MENTOR_CREDENTIAL_SOURCES = ['COURSE', 'RECORDED'] as const;
export type MentorCredentialSource = (typeof MENTOR_CREDENTIAL_SOURCES)[number];

/**
 * A mentor's assignment to a class session: staff assign, the mentor (through their organization) confirms or
 * declines; either side may cancel before the session. Only ASSIGNED and CONFIRMED hold the mentor's time.
 */
export const MENTOR_ASSIGNMENT_STATUSES = ['ASSIGNED', 'CONFIRMED', 'DECLINED', 'CANCELLED'] as const;
export type MentorAssignmentStatus = (typeof MENTOR_ASSIGNMENT_STATUSES)[number];
export const MENTOR_ASSIGNMENT_STATUS_LABELS: Readonly<Record<MentorAssignmentStatus, { ko: string; en: string }>> = {
  ASSIGNED: { ko: '응답 대기', en: 'Awaiting reply' },
  CONFIRMED: { ko: '확정', en: 'Confirmed' },
  DECLINED: { ko: '거절', en: 'Declined' },
  CANCELLED: { ko: '배치 취소', en: 'Cancelled' },
};

/** A mentor's weekly time, in whole hours. */
export const MENTOR_WEEKLY_HOURS = { min: 1, max: 40 } as const;

/** ISO weekdays (1 = Monday … 7 = Sunday), as availability is recorded. */
export const WEEKDAY_LABELS: Readonly<Record<number, { ko: string; en: string }>> = {
  1: { ko: '월', en: 'Mon' },
  2: { ko: '화', en: 'Tue' },
  3: { ko: '수', en: 'Wed' },
  4: { ko: '목', en: 'Thu' },
  5: { ko: '금', en: 'Fri' },
  6: { ko: '토', en: 'Sat' },
  7: { ko: '일', en: 'Sun' },
};
