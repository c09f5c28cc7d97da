import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import type { ParticipantEvents } from '../participants';

/** The referrals module's side of other modules' events. */
@Injectable()
export class ReferralEventsHandler {
  constructor(private readonly tx: Transactions) {}

  /** Two records of one person become one: the duplicate's referrals (and their consents, moved by participants) follow. */
  @OnEvent('participant.merged', 'transaction')
  async merged(ctx: RequestContext, e: ParticipantEvents['participant.merged']): Promise<void> {
    await this.tx
      .readOwnWrites(ctx)
      .query('UPDATE referral SET participant_id = $1, updated_at = now() WHERE participant_id = $2', [e.keepId, e.duplicateId]);
  }

  /** A destroyed person's referrals lose the sender's words about them; the referral (and the funnel's counts) stay. */
  @OnEvent('participant.destroyed', 'transaction')
  async destroyed(ctx: RequestContext, e: ParticipantEvents['participant.destroyed']): Promise<void> {
    const [, n] = (await this.tx
      .readOwnWrites(ctx)
      .query('UPDATE referral SET note = NULL, updated_at = now() WHERE participant_id = $1 AND note IS NOT NULL', [e.participantId])) as [
      unknown,
      number,
    ];
    e.destroyed.push({ item: 'REFERRAL_NOTES', count: n });
  }
}
