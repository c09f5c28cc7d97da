import type { EntityManager } from 'typeorm';
import { FOLLOW_UP_MONTHS } from '@lalaland/shared';
import { textableSql } from '../participants';

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

/** Days a follow-up asked of the person by text waits for their answer before it goes on the staff's list. */
export const ANSWER_WAIT_DAYS = 7;

/** The follow-up `f` (an alias) is for staff to do: not waiting for the person's own answer to a text sent this week. */
export const staffTurnSql = (f: string) => `(${f}.asked_at IS NULL OR ${f}.asked_at <= now() - interval '${ANSWER_WAIT_DAYS} days')`;

/**
 * The follow-up `f` (an alias) goes to the person first: not asked yet, and they can be texted (a number, and consent
 * to running the programme that covers it). Its due-day reminder to staff then waits for the week of their answer.
 */
export const askedFirstSql = (f: string) => `(${f}.asked_at IS NULL AND ${textableSql(`${f}.participant_id`)})`;
