import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import type { ParticipantEvents } from '../participants';

/** Two records merged into one person: the duplicate's applications become the kept one's (where the kept one has none to that programme). */
@Injectable()
export class ApplicationsMergeHandler {
  constructor(private readonly tx: Transactions) {}

  @OnEvent('participant.merged', 'transaction')
  async merged(ctx: RequestContext, e: ParticipantEvents['participant.merged']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    await em.query(
      `UPDATE application a SET participant_id = $1 WHERE a.participant_id = $2
          AND NOT EXISTS (SELECT 1 FROM application k WHERE k.participant_id = $1 AND k.programme_id = a.programme_id)`,
      [e.keepId, e.duplicateId],
    );
    await em.query('DELETE FROM application WHERE participant_id = $1', [e.duplicateId]);
  }
}
