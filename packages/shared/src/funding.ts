/** Funding: stream roles, 비목 (expense categories), sources and expenditure states, shared by API and portal. */
export const STREAM_MEMBER_ROLES = ['LEAD', 'MEMBER', 'PARTNER_UNIVERSITY', 'PARTNER_COMPANY', 'OPERATOR'] as const;
export type StreamMemberRole = (typeof STREAM_MEMBER_ROLES)[number];

/** 비목: personnel, instructor fees, materials, venue, promotion, operations, travel, other. */
export const BUDGET_CATEGORIES = [
  'PERSONNEL',
  'INSTRUCTOR_FEES',
  'MATERIALS',
  'VENUE',
  'PROMOTION',
  'OPERATIONS',
  'TRAVEL',
  'OTHER',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const BUDGET_CATEGORY_LABELS: Readonly<Record<BudgetCategory, { ko: string; en: string }>> = {
  PERSONNEL: { ko: '인건비', en: 'Personnel' },
  INSTRUCTOR_FEES: { ko: '강사비', en: 'Instructor fees' },
  MATERIALS: { ko: '재료비', en: 'Materials' },
  VENUE: { ko: '임차료', en: 'Venue' },
  PROMOTION: { ko: '홍보비', en: 'Promotion' },
  OPERATIONS: { ko: '운영비', en: 'Operations' },
  TRAVEL: { ko: '여비', en: 'Travel' },
  OTHER: { ko: '기타', en: 'Other' },
};

export const FUNDING_SOURCES = ['NATIONAL', 'CITY', 'DISTRICT', 'OTHER'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, { ko: string; en: string }>> = {
  NATIONAL: { ko: '국비', en: 'National' },
  CITY: { ko: '시비', en: 'City' },
  DISTRICT: { ko: '구·군비', en: 'District' },
  OTHER: { ko: '기타', en: 'Other' },
};

export const EXPENDITURE_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type ExpenditureStatus = (typeof EXPENDITURE_STATUSES)[number];

export const STREAM_MEMBER_ROLE_LABELS: Readonly<Record<StreamMemberRole, { ko: string; en: string }>> = {
  LEAD: { ko: '주관', en: 'Lead' },
  MEMBER: { ko: '참여', en: 'Member' },
  PARTNER_UNIVERSITY: { ko: '협력 대학', en: 'Partner university' },
  PARTNER_COMPANY: { ko: '협력 기업', en: 'Partner company' },
  OPERATOR: { ko: '운영', en: 'Operator' },
};

export const EXPENDITURE_STATUS_LABELS: Readonly<Record<ExpenditureStatus, { ko: string; en: string }>> = {
  DRAFT: { ko: '작성 중', en: 'Draft' },
  SUBMITTED: { ko: '승인 대기', en: 'Submitted' },
  APPROVED: { ko: '승인', en: 'Approved' },
  REJECTED: { ko: '반려', en: 'Rejected' },
};

/** Execution rate in percent with one decimal (0 when nothing is planned). */
export function executionRate(executed: number, planned: number): number {
  if (planned <= 0) return 0;
  return Math.round((executed / planned) * 1000) / 10;
}
