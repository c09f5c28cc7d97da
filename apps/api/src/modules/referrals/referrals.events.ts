/** What the referrals module announces (inside the transaction that changed the referral). */
export interface ReferralEvents {
  /** A referral reached the recipient's inbox. */
  'referral.submitted': { referralId: string; fromOrganizationId: string; toOrganizationId: string };
  /** The recipient accepted or declined it. */
  'referral.decided': { referralId: string; accepted: boolean; fromOrganizationId: string; toOrganizationId: string };
  /** The recipient hired the person for its opening: the holding organization's outcome follows (same transaction). */
  'referral.hired': {
    referralId: string;
    participantId: string;
    holderOrganizationId: string;
    openingId: string;
    employmentType: string | null;
    programmeIds: string[];
    employer: string;
  };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends ReferralEvents {}
}
