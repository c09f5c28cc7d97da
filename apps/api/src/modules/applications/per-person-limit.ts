import type { EntityManager } from 'typeorm';
import { ENROLMENTS } from '../enrolments';
import { PROGRAMMES } from '../programmes';
import type { ApplyTarget } from './apply-target';

/**
 * Of the people a host already holds, those who would pass its limit of programmes at once (`perPersonLimit`: the
 * host's programmes whose dates overlap this one's, where they are enrolled, waitlisted or pending). Each person's
 * applications to the host's programmes wait for each other here (an advisory lock per person, taken in one order),
 * so a rush on two of its programmes at once cannot let anyone past the limit.
 */
export async function pastLimit(em: EntityManager, t: ApplyTarget, participantIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(participantIds)].sort();
  if (!t.perPersonLimit || !ids.length) return new Set();
  await em.query('SELECT pg_advisory_xact_lock(hashtextextended(x::text, 27)) FROM unnest($1::uuid[]) AS x ORDER BY x', [ids]);
  const overlapping = `p.host_organization_id = $2 AND p.id <> $3 AND p.starts_on <= $5::date AND coalesce(p.ends_on, p.starts_on) >= $4::date`;
  const rows = (await em.query(
    `SELECT x.pid AS id,
            (SELECT count(*) FROM ${ENROLMENTS} e JOIN ${PROGRAMMES} p ON p.id = e.programme_id
              WHERE e.participant_id = x.pid AND e.status IN ('ENROLLED', 'WAITLISTED') AND ${overlapping})::int
          + (SELECT count(*) FROM application a JOIN ${PROGRAMMES} p ON p.id = a.programme_id
              WHERE a.participant_id = x.pid AND a.status = 'PENDING' AND ${overlapping})::int AS held
       FROM unnest($1::uuid[]) AS x(pid)`,
    [ids, t.hostId, t.id, t.startsOn, t.endsOn ?? t.startsOn],
  )) as Array<{ id: string; held: number }>;
  return new Set(rows.filter((r) => r.held >= t.perPersonLimit!).map((r) => r.id));
}
