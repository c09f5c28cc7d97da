/*
 * What other modules may read of the referrals module's tables: the published contract (see organizations/published.ts).
 */

/** The ids of the referrals about the participant `participant` (an SQL expression), as a subquery. */
export const referralsOfParticipantSql = (participant: string) => `(SELECT id FROM referral WHERE participant_id = ${participant})`;
