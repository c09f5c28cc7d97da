import type { EntityManager } from 'typeorm';
import { Programme } from './programme.entity';

/* What other modules may read of programmes' tables: the published contract (see organizations/published.ts). */

/** Programmes: stream, host, titles, pillar, status and capacity. */
export const PROGRAMMES =
  '(SELECT id, stream_id, parent_id, host_organization_id, title_ko, title_en, pillar, status, capacity, starts_on, ends_on, is_sample FROM programme)';

/** Class sessions: their programme and times (a cancelled one has `cancelled_at`). */
export const PROGRAMME_SESSIONS = '(SELECT id, programme_id, starts_at, ends_at, cancelled_at FROM programme_session)';

/** The organization `org` runs the programme `programmeId` — hosts or co-hosts it (SQL expressions). */
export const runsProgrammeSql = (programmeId: string, org: string) =>
  `(EXISTS (SELECT 1 FROM programme rp WHERE rp.id = ${programmeId} AND rp.host_organization_id = ${org})
    OR EXISTS (SELECT 1 FROM programme_cohost rc WHERE rc.programme_id = ${programmeId} AND rc.organization_id = ${org}))`;

/** The organization `org` hosts the programme `programmeId` (SQL expressions). */
export const hostsProgrammeSql = (programmeId: string, org: string) =>
  `EXISTS (SELECT 1 FROM programme hp WHERE hp.id = ${programmeId} AND hp.host_organization_id = ${org})`;

/**
 * The programme, its row locked for the rest of the transaction: whoever changes its seats (enrolment, the waitlist,
 * completion) takes this lock first, so capacity holds under concurrent writes. FOR NO KEY UPDATE: it waits for the
 * others changing seats, not for rows that merely point at the programme (an application or enrolment inserted earlier
 * in the same transaction holds FOR KEY SHARE on it; FOR UPDATE would deadlock two such applicants, measured in the rush).
 */
export function lockProgramme(em: EntityManager, id: string): Promise<Programme> {
  return em.findOneOrFail(Programme, { where: { id }, lock: { mode: 'for_no_key_update' } });
}

/** The programme's next session not yet begun and not cancelled, with where it is (a venue's name, or online), or null. */
export async function nextSession(em: EntityManager, programmeId: string): Promise<{ startsAt: Date; place: string | null } | null> {
  const [s] = (await em.query(
    `SELECT s.starts_at AS "startsAt", coalesce(v.name, CASE WHEN s.online_url IS NOT NULL THEN '온라인' END) AS place
       FROM programme_session s LEFT JOIN venue v ON v.id = s.venue_id
      WHERE s.programme_id = $1 AND s.cancelled_at IS NULL AND s.starts_at > now() ORDER BY s.starts_at LIMIT 1`,
    [programmeId],
  )) as Array<{ startsAt: Date; place: string | null }>;
  return s ?? null;
}
