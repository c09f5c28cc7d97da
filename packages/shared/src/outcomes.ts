/** Link: goals, counselling and outcomes (employment, start-ups, certificates…) with follow-ups after completion. */

export const GOAL_KINDS = ['LEARNING', 'CAREER', 'START_UP', 'COMMUNITY'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];
export const GOAL_KIND_LABELS: Readonly<Record<GoalKind, { ko: string; en: string }>> = {
  LEARNING: { ko: '학습', en: 'Learning' },
  CAREER: { ko: '진로·취업', en: 'Career and employment' },
  START_UP: { ko: '창업', en: 'Start-up' },
  COMMUNITY: { ko: '지역 활동', en: 'Community' },
};

export const GOAL_STATUSES = ['OPEN', 'ACHIEVED', 'DROPPED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, { ko: string; en: string }>> = {
  OPEN: { ko: '진행 중', en: 'Open' },
  ACHIEVED: { ko: '달성', en: 'Achieved' },
  DROPPED: { ko: '중단', en: 'Dropped' },
};

/** What a citizen went on to do: the funders' outcome is employment and entrepreneurship. */
export const OUTCOME_KINDS = ['EMPLOYED', 'STARTED_BUSINESS', 'CERTIFIED', 'FURTHER_LEARNING', 'VOLUNTEERING'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, { ko: string; en: string }>> = {
  EMPLOYED: { ko: '취업', en: 'Employed' },
  STARTED_BUSINESS: { ko: '창업', en: 'Started a business' },
  CERTIFIED: { ko: '자격 취득', en: 'Certified' },
  FURTHER_LEARNING: { ko: '후속 학습', en: 'Further learning' },
  VOLUNTEERING: { ko: '봉사·활동', en: 'Volunteering' },
};

export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'FIXED_TERM'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const EMPLOYMENT_TYPE_LABELS: Readonly<Record<EmploymentType, { ko: string; en: string }>> = {
  FULL_TIME: { ko: '정규직(전일제)', en: 'Full-time' },
  PART_TIME: { ko: '시간제', en: 'Part-time' },
  FIXED_TERM: { ko: '기간제·계약직', en: 'Fixed-term' },
};

export const OUTCOME_SOURCES = ['SELF_REPORTED', 'VERIFIED'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];
export const OUTCOME_SOURCE_LABELS: Readonly<Record<OutcomeSource, { ko: string; en: string }>> = {
  SELF_REPORTED: { ko: '본인 응답', en: 'Self-reported' },
  VERIFIED: { ko: '증빙 확인', en: 'Verified' },
};

/** Months after a completion when the holding organization follows up. */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;

export const FOLLOW_UP_STATUSES = ['PENDING', 'DONE', 'UNREACHABLE', 'SKIPPED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, { ko: string; en: string }>> = {
  PENDING: { ko: '예정', en: 'Pending' },
  DONE: { ko: '완료', en: 'Done' },
  UNREACHABLE: { ko: '연락 안 됨', en: 'Unreachable' },
  SKIPPED: { ko: '생략(연락 동의 없음 등)', en: 'Skipped (no consent to contact, …)' },
};

/** A business registration number as written in Korea: 000-00-00000. */
export const BUSINESS_NUMBER = /^\d{3}-\d{2}-\d{5}$/;
