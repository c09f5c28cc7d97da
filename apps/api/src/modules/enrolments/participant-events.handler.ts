import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { OnEvent } from '../../core/events/domain-events';
import { DESTROYED_NAME, type ParticipantEvents } from '../participants';
import { PROGRAMMES } from '../programmes';

/** Enrolments' side of a participant merge or destruction, inside its transaction (the participant rows locked). */
@Injectable()
export class ParticipantEventsHandler {
  constructor(private readonly tx: Transactions) {}

  /**
   * The duplicate's enrolments (with their attendance and certificates, which hang off the enrolment) move to the kept
   * record. Where both are on one programme's roster, a side that was dropped with no attendance and no certificate is
   * removed (the other holds the seat); otherwise the merge is refused naming the programmes: a person holds one seat
   * per programme, and which row is right is the staff's call (drop one, then merge).
   */
  @OnEvent('participant.merged', 'transaction')
  async merged(ctx: RequestContext, e: ParticipantEvents['participant.merged']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const shared: Array<{ title: string; a: string; b: string; a_void: boolean; b_void: boolean }> = await em.query(
      `SELECT p.title_ko AS title, a.id AS a, b.id AS b, ${VOID('a')} AS a_void, ${VOID('b')} AS b_void
         FROM enrolment a JOIN enrolment b ON b.programme_id = a.programme_id JOIN ${PROGRAMMES} p ON p.id = a.programme_id
        WHERE a.participant_id = $1 AND b.participant_id = $2 ORDER BY p.title_ko`,
      [e.keepId, e.duplicateId],
    );
    const blocked = shared.filter((r) => !r.a_void && !r.b_void);
    if (blocked.length)
      throw new AppError('PARTICIPANT_MERGE_CONFLICT', {
        params: {
          titles: blocked
            .slice(0, 5)
            .map((r) => r.title)
            .join(', '),
        },
      });
    const removed = shared.map((r) => (r.b_void ? r.b : r.a));
    if (removed.length) await em.query('DELETE FROM enrolment WHERE id = ANY($1::uuid[])', [removed]);
    await em.query('UPDATE enrolment SET participant_id = $1 WHERE participant_id = $2', [e.keepId, e.duplicateId]);
  }

  /** A destroyed person's name leaves their certificates (the public check then shows none); seats and hours stay counted. */
  @OnEvent('participant.destroyed', 'transaction')
  async destroyed(ctx: RequestContext, e: ParticipantEvents['participant.destroyed']): Promise<void> {
    const [, n] = (await this.tx
      .readOwnWrites(ctx)
      .query(
        'UPDATE certificate SET holder_name = $2, updated_at = now() WHERE enrolment_id IN (SELECT id FROM enrolment WHERE participant_id = $1)',
        [e.participantId, DESTROYED_NAME],
      )) as [unknown, number];
    e.destroyed.push({ item: 'CERTIFICATE_NAME', count: n });
  }
}

/** A dropped enrolment that left nothing behind (no attendance, no certificate): removable when the person's other record holds the seat. */
const VOID = (alias: string) =>
  `(${alias}.status IN ('DROPPED', 'NO_SHOW') AND NOT EXISTS (SELECT 1 FROM attendance x WHERE x.enrolment_id = ${alias}.id) AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.enrolment_id = ${alias}.id))`;
