import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import type { EnrolmentEvents } from '../enrolments';
import type { ParticipantEvents } from '../participants';
import type { ReferralEvents } from '../referrals';
import { OutcomeService } from './outcome.service';

/** The outcomes module's side of other modules' events. */
@Injectable()
export class OutcomeEventsHandler {
  constructor(
    private readonly tx: Transactions,
    private readonly outcomes: OutcomeService,
  ) {}

  /** A completion schedules its follow-ups (after commit, through the outbox; a second delivery adds nothing). */
  @OnEvent('enrolment.completed', 'after-commit')
  async completed(ctx: RequestContext, e: EnrolmentEvents['enrolment.completed']): Promise<void> {
    await this.outcomes.followUpCompletions(ctx, e.enrolmentIds);
  }

  /** A hire through a referral is the holding organization's EMPLOYED outcome, in the hiring transaction. */
  @OnEvent('referral.hired', 'transaction')
  async hired(ctx: RequestContext, e: ReferralEvents['referral.hired']): Promise<void> {
    await this.outcomes.recordHire(ctx, e);
  }

  /** Two records of one person become one: notes, goals, outcomes and follow-ups follow the kept record. */
  @OnEvent('participant.merged', 'transaction')
  async merged(ctx: RequestContext, e: ParticipantEvents['participant.merged']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    for (const table of ['counselling_note', 'goal', 'outcome', 'follow_up'])
      await em.query(`UPDATE ${table} SET participant_id = $1, updated_at = now() WHERE participant_id = $2`, [e.keepId, e.duplicateId]);
  }

  /** A destroyed person's counselling notes are deleted, the words of outcomes' evidence and follow-ups' notes removed; the outcomes stay counted. */
  @OnEvent('participant.destroyed', 'transaction')
  async destroyed(ctx: RequestContext, e: ParticipantEvents['participant.destroyed']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const count = async (sql: string) => ((await em.query(sql, [e.participantId])) as [unknown, number])[1];
    e.destroyed.push(
      { item: 'COUNSELLING_NOTES', count: await count('DELETE FROM counselling_note WHERE participant_id = $1') },
      {
        item: 'OUTCOME_EVIDENCE',
        count: await count('UPDATE outcome SET evidence = NULL, updated_at = now() WHERE participant_id = $1 AND evidence IS NOT NULL'),
      },
      {
        item: 'FOLLOW_UP_NOTES',
        count: await count('UPDATE follow_up SET note = NULL, updated_at = now() WHERE participant_id = $1 AND note IS NOT NULL'),
      },
    );
  }
}
