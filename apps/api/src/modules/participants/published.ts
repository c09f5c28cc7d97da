import { In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import type { PersonalField } from '@lalaland/shared';
import { Consent, Participant } from './participant.entity';

/*
 * What other modules may read of participants' tables: the published contract (see organizations/published.ts).
 * Personal fields (name, phone, gender) are not in it: they are read through ParticipantService, each read logged.
 */

/** Participants without personal fields: holder, pseudonymous key, birth year, district. */
export const PARTICIPANTS =
  '(SELECT id, organization_id, pseudonym_key, birth_year, district_code, is_sample, created_at FROM participant)';

/** The participant `participant` (an SQL expression) has consent in force to the running of programmes. */
export const operationConsentSql = (participant: string) =>
  `EXISTS (SELECT 1 FROM consent oc WHERE oc.participant_id = ${participant} AND oc.purpose = 'PROGRAMME_OPERATION'
            AND oc.withdrawn_at IS NULL AND oc.retention_until >= (now() AT TIME ZONE 'Asia/Seoul')::date)`;

/** Any consent of the participant `participant` (an SQL expression) still in force, of whatever purpose. */
export const consentInForceSql = (participant: string) =>
  `EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = ${participant} AND c.withdrawn_at IS NULL
            AND c.retention_until >= (now() AT TIME ZONE 'Asia/Seoul')::date)`;

/** The participant `participant` (an SQL expression) can be texted: a number on record, and consent covering it in force. */
export const textableSql = (participant: string) =>
  `(EXISTS (SELECT 1 FROM participant tp WHERE tp.id = ${participant} AND tp.phone_encrypted IS NOT NULL)
    AND EXISTS (SELECT 1 FROM consent tc WHERE tc.participant_id = ${participant} AND tc.purpose = 'PROGRAMME_OPERATION'
                 AND tc.withdrawn_at IS NULL AND tc.retention_until >= (now() AT TIME ZONE 'Asia/Seoul')::date AND 'PHONE' = ANY(tc.items)))`;

/** One participant row (the caller has checked access), or null. */
export function findParticipant(em: EntityManager, where: FindOptionsWhere<Participant>): Promise<Participant | null> {
  return em.findOneBy(Participant, where);
}

/** Consents by id. */
export function consentsById(em: EntityManager, ids: readonly string[]): Promise<Consent[]> {
  return em.getRepository(Consent).findBy({ id: In([...ids]) });
}

/** The access log of one participant under one purpose by one organization, newest first (at most 100 rows). */
export function accessLogOf(
  em: EntityManager,
  participantId: string,
  purpose: string,
  organizationId: string,
): Promise<Array<{ at: Date; items: PersonalField[]; detail: string | null; organizationId: string }>> {
  return em.query(
    `SELECT occurred_at AS at, fields::text[] AS items, detail, organization_id AS "organizationId" FROM personal_data_access
      WHERE participant_id = $1 AND purpose = $2 AND organization_id = $3 ORDER BY occurred_at DESC LIMIT 100`,
    [participantId, purpose, organizationId],
  );
}
