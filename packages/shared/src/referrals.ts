/** Link: referrals of a participant from one organization to another (or to a programme), with PIPA §17 consent. */

export const REFERRAL_REASONS = ['LEARNING', 'EMPLOYMENT', 'START_UP', 'COUNSELLING', 'WELFARE', 'VOLUNTEERING', 'OTHER'] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];
export const REFERRAL_REASON_LABELS: Readonly<Record<ReferralReason, { ko: string; en: string }>> = {
  LEARNING: { ko: '후속 학습', en: 'Further learning' },
  EMPLOYMENT: { ko: '취업 지원', en: 'Employment support' },
  START_UP: { ko: '창업 지원', en: 'Start-up support' },
  COUNSELLING: { ko: '진로·학습 상담', en: 'Career and learning counselling' },
  WELFARE: { ko: '복지 연계', en: 'Welfare services' },
  VOLUNTEERING: { ko: '봉사·활동', en: 'Volunteering and activities' },
  OTHER: { ko: '기타', en: 'Other' },
};

/** SUBMITTED → ACCEPTED / DECLINED; ACCEPTED → ENGAGED → CLOSED (ACCEPTED may also close); the sender may withdraw a submitted one. */
export const REFERRAL_STATUSES = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'ENGAGED', 'CLOSED', 'WITHDRAWN'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, { ko: string; en: string }>> = {
  SUBMITTED: { ko: '의뢰됨', en: 'Submitted' },
  ACCEPTED: { ko: '접수', en: 'Accepted' },
  DECLINED: { ko: '반려', en: 'Declined' },
  ENGAGED: { ko: '참여 중', en: 'Engaged' },
  CLOSED: { ko: '종결', en: 'Closed' },
  WITHDRAWN: { ko: '의뢰 철회', en: 'Withdrawn' },
};

/** Which steps a referral may take from each status (one definition for the API and the portal). */
export const REFERRAL_STEPS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  SUBMITTED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: ['ENGAGED', 'CLOSED'],
  DECLINED: [],
  ENGAGED: ['CLOSED'],
  CLOSED: [],
  WITHDRAWN: [],
};
