import type { EntityManager } from 'typeorm';
import { FOLLOW_UP_MONTHS } from '@lalaland/shared';

/**
 * Follow-ups for the completed enrolments among `enrolmentIds`: +3, +6 and +12 months from the completion day (Seoul),
 * for the organization holding the person. Idempotent: the same completion delivered twice adds nothing.
 */
export async function createFollowUps(
  em: EntityManager,
  enrolmentIds: readonly string[],
): Promise<Array<{ id: string; organizationId: string; dueOn: string }>> {
  if (!enrolmentIds.length) return [];
  return (await em.query(
    `INSERT INTO follow_up (participant_id, organization_id, enrolment_id, programme_id, months, due_on)
     SELECT e.participant_id, e.organization_id, e.id, e.programme_id, m, ((coalesce(e.status_changed_at, now()) AT TIME ZONE 'Asia/Seoul')::date + make_interval(months => m))::date
       FROM enrolment e CROSS JOIN unnest($2::int[]) AS m
      WHERE e.id = ANY($1::uuid[]) AND e.status = 'COMPLETED'
     ON CONFLICT (enrolment_id, months) DO NOTHING RETURNING id, organization_id AS "organizationId", to_char(due_on, 'YYYY-MM-DD') AS "dueOn"`,
    [enrolmentIds, [...FOLLOW_UP_MONTHS]],
  )) as Array<{ id: string; organizationId: string; dueOn: string }>;
}
