import { Injectable, Logger } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import { safeError } from '../../core/logging';
import type { ParticipantEvents } from '../participants';
import { referralsOfParticipantSql } from '../referrals';
import { DocumentStorage } from './document-storage';

/** The documents module's side of other modules' events. */
@Injectable()
export class DocumentEventsHandler {
  private readonly logger = new Logger(DocumentEventsHandler.name);

  constructor(
    private readonly tx: Transactions,
    private readonly storage: DocumentStorage,
  ) {}

  /**
   * A destroyed person's documents (those attached to referrals about them) are deleted: the rows in the destruction's
   * transaction, the bytes once it has committed (a failure then leaves orphan bytes, logged, never a row without them).
   */
  @OnEvent('participant.destroyed', 'transaction')
  async destroyed(ctx: RequestContext, e: ParticipantEvents['participant.destroyed']): Promise<void> {
    const [rows] = (await this.tx
      .readOwnWrites(ctx)
      .query(
        `DELETE FROM document WHERE record_type = 'REFERRAL' AND record_id IN ${referralsOfParticipantSql('$1')} RETURNING storage_key AS key`,
        [e.participantId],
      )) as [Array<{ key: string }>, number];
    e.destroyed.push({ item: 'REFERRAL_DOCUMENTS', count: rows.length });
    if (rows.length)
      this.tx.afterCommit(ctx, () => {
        for (const { key } of rows)
          this.storage.remove(key).catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'destroyed document bytes left'));
      });
  }
}
