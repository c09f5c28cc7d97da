import type { EntityManager } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import type { RequestContext } from '../../core/context/request-context';
import { PersonalDataAccess } from './participant.entity';

/**
 * Holders' names for certificates, through the participants module's logged path: a name is read only while the
 * programme-operation consent in force covers it, and each read is a personal_data_access row (purpose
 * `certificate-issue` or `certificate-print`) in the caller's transaction. Participants without such consent are left out.
 */
export async function certificateNames(
  ctx: RequestContext,
  em: EntityManager,
  participantIds: readonly string[],
  purpose: 'certificate-issue' | 'certificate-print' = 'certificate-issue',
): Promise<Map<string, string>> {
  if (!participantIds.length) return new Map();
  const rows = (await em.query(
    `SELECT p.id, p.name FROM participant p
      WHERE p.id = ANY($1::uuid[])
        AND EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = p.id AND c.purpose = 'PROGRAMME_OPERATION'
                       AND c.withdrawn_at IS NULL AND c.retention_until >= $2 AND 'NAME'::personal_field = ANY(c.items))`,
    [participantIds, seoulDate()],
  )) as Array<{ id: string; name: string }>;
  if (rows.length) {
    await em.insert(
      PersonalDataAccess,
      rows.map((r) => ({
        userId: ctx.userId,
        organizationId: ctx.activeOrganizationId,
        participantId: r.id,
        fields: ['NAME' as const],
        purpose,
        requestId: ctx.requestId.slice(0, 100),
      })),
    );
  }
  return new Map(rows.map((r) => [r.id, r.name]));
}
