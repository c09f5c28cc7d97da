import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { EventBus } from '../../core/events/event-bus';
import { consentInForceSql } from './published';
import type { DestroyedItem } from './participants.events';

/** What a destroyed record's name reads as everywhere it is still shown (rosters of past years, counts). */
export const DESTROYED_NAME = '(파기됨)';

/**
 * Destroys one person's identifying data once every basis has ended (the privacy module decides who, and when): the name
 * replaced, the phone's ciphertext and hash dropped, the record marked; every module destroys what it keeps about them
 * (`participant.destroyed`), and the register row lists it all. One transaction: a module that fails rolls it all back.
 */
@Injectable()
export class ParticipantDestruction {
  constructor(
    private readonly tx: Transactions,
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {}

  /** Null when there was nothing to do (already destroyed, or a consent came back into force meanwhile). */
  async destroy(ctx: RequestContext, participantId: string, rule: string): Promise<DestroyedItem[] | null> {
    return this.tx.run(ctx, async (em) => {
      const [row] = (await em.query(
        `SELECT id, organization_id AS "organizationId", pseudonym_key AS key, phone_hash IS NOT NULL AS phone,
                (SELECT max(coalesce((c.withdrawn_at AT TIME ZONE 'Asia/Seoul')::date, c.retention_until)) FROM consent c WHERE c.participant_id = p.id)::text AS ended,
                ${consentInForceSql('p.id')} AS "inForce"
           FROM participant p WHERE p.id = $1 AND p.destroyed_at IS NULL FOR UPDATE`,
        [participantId],
      )) as Array<{ id: string; organizationId: string; key: string; phone: boolean; ended: string | null; inForce: boolean }>;
      if (!row || row.inForce) return null;
      await em.query(`UPDATE participant SET name = $2, phone_encrypted = NULL, phone_hash = NULL, destroyed_at = now() WHERE id = $1`, [
        row.id,
        DESTROYED_NAME,
      ]);
      const destroyed: DestroyedItem[] = [{ item: 'NAME', count: 1 }, ...(row.phone ? [{ item: 'PHONE', count: 1 }] : [])];
      await this.events.publish(ctx, 'participant.destroyed', { participantId: row.id, organizationId: row.organizationId, destroyed });
      const items = destroyed.filter((d) => d.count > 0);
      await em.query(
        `INSERT INTO destruction_register (organization_id, participant_id, pseudonym_key, rule, basis_ended, items, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [row.organizationId, row.id, row.key, rule, row.ended, JSON.stringify(items), ctx.requestId],
      );
      await this.audit.record(ctx, {
        action: 'participant.destroy',
        entityType: 'participant',
        entityId: row.id,
        organizationId: row.organizationId,
        changes: { pseudonymKey: [row.key, row.key], rule: [null, rule], items: [null, items.map((i) => i.item)] },
      });
      return items;
    });
  }
}
