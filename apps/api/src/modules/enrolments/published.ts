/* What other modules may read of enrolments' tables: the published contract (see organizations/published.ts). */

/** Enrolments: who (participant, holding organization) is on which programme, and their status. */
export const ENROLMENTS = '(SELECT id, programme_id, participant_id, organization_id, status, created_at FROM enrolment)';
