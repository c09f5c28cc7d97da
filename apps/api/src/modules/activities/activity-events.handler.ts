import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import type { ParticipantEvents } from '../participants';

/** The activities module's side of other modules' events. */
@Injectable()
export class ActivityEventsHandler {
  constructor(private readonly tx: Transactions) {}

  /** Two records of one person become one: their activities follow (one row per activity: the kept one's stays). */
  @OnEvent('participant.merged', 'transaction')
  async merged(ctx: RequestContext, e: ParticipantEvents['participant.merged']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    await em.query(
      'DELETE FROM activity_participant d USING activity_participant k WHERE d.participant_id = $2 AND k.participant_id = $1 AND k.activity_id = d.activity_id',
      [e.keepId, e.duplicateId],
    );
    await em.query('UPDATE activity_participant SET participant_id = $1 WHERE participant_id = $2', [e.keepId, e.duplicateId]);
    await em.query('UPDATE activity SET leader_participant_id = $1 WHERE leader_participant_id = $2', [e.keepId, e.duplicateId]);
  }
}
