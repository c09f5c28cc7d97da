import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { OnEvent } from '../../core/events/domain-events';
import type { EnrolmentEvents } from '../enrolments';
import type { ParticipantEvents } from '../participants';
import { MentorService } from './mentor.service';

/** The mentors module's side of other modules' events. */
@Injectable()
export class MentorEventsHandler {
  constructor(
    private readonly tx: Transactions,
    private readonly mentors: MentorService,
  ) {}

  /** Completing a mentor course earns its credential (after commit, through the outbox; a second delivery adds nothing). */
  @OnEvent('enrolment.completed', 'after-commit')
  async completed(ctx: RequestContext, e: EnrolmentEvents['enrolment.completed']): Promise<void> {
    await this.mentors.issueForCompletions(ctx, e.enrolmentIds);
  }

  /**
   * Two records of one person become one, inside the merge's transaction: the duplicate's mentor profile moves to the
   * kept record, or, when both are mentors, its credentials (of kinds the kept one lacks) and assignments move to the
   * kept profile and it is removed. Overlapping live assignments refuse the whole merge (the exclusion constraint).
   */
  @OnEvent('participant.merged', 'transaction')
  async merged(ctx: RequestContext, e: ParticipantEvents['participant.merged']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const rows = (await em.query('SELECT id, participant_id FROM mentor WHERE participant_id = ANY($1::uuid[]) FOR UPDATE', [
      [e.keepId, e.duplicateId],
    ])) as Array<{
      id: string;
      participant_id: string;
    }>;
    const keep = rows.find((r) => r.participant_id === e.keepId);
    const dup = rows.find((r) => r.participant_id === e.duplicateId);
    if (!dup) return;
    if (!keep) {
      await em.query('UPDATE mentor SET participant_id = $1, updated_at = now() WHERE id = $2', [e.keepId, dup.id]);
      return;
    }
    await em.query(
      'UPDATE mentor_credential SET mentor_id = $1 WHERE mentor_id = $2 AND kind NOT IN (SELECT kind FROM mentor_credential WHERE mentor_id = $1)',
      [keep.id, dup.id],
    );
    await em.query('UPDATE mentor_assignment SET mentor_id = $1 WHERE mentor_id = $2', [keep.id, dup.id]);
    await em.query('DELETE FROM mentor WHERE id = $1', [dup.id]);
  }

  /** A destroyed person's mentor profile loses the notes about them and their credentials' evidence; hours stay counted. */
  @OnEvent('participant.destroyed', 'transaction')
  async destroyed(ctx: RequestContext, e: ParticipantEvents['participant.destroyed']): Promise<void> {
    const em = this.tx.readOwnWrites(ctx);
    const [, notes] = (await em.query('UPDATE mentor SET note = NULL, updated_at = now() WHERE participant_id = $1 AND note IS NOT NULL', [
      e.participantId,
    ])) as [unknown, number];
    const [, evidence] = (await em.query(
      `UPDATE mentor_credential SET evidence = NULL, updated_at = now()
        WHERE mentor_id IN (SELECT id FROM mentor WHERE participant_id = $1) AND evidence IS NOT NULL`,
      [e.participantId],
    )) as [unknown, number];
    e.destroyed.push({ item: 'MENTOR_NOTES', count: notes }, { item: 'MENTOR_EVIDENCE', count: evidence });
  }
}
