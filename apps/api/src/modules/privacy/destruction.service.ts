import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { EventBus } from '../../core/events/event-bus';
import { OnEvent } from '../../core/events/domain-events';
import { ParticipantDestruction, consentInForceSql } from '../participants';
import type { PrivacyEvents } from './privacy.events';

export interface DueRow {
  participantId: string;
  pseudonymKey: string;
  basisEnded: string | null;
  rule: string;
}

/** At most this many people destroyed in one run (the next night takes the rest). */
const RUN_MAX = 10_000;
const BATCH = 200;

/**
 * Destruction when retention ends (파기): each night at 03:00 Seoul, every person whose every consent is withdrawn or past
 * its retention date, and who has no open work (an enrolment applied, enrolled or waitlisted, a referral under way, a
 * follow-up pending), is destroyed through the participants module (its register row says what, whose key, when and by
 * which rule). The dry run is the same query. The schedule is a row per night whose outbox message is the alarm.
 */
@Injectable()
export class DestructionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DestructionService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly events: EventBus,
    private readonly destruction: ParticipantDestruction,
  ) {}

  /** Who tonight's job would destroy (an organization's, or everyone's for the job itself). */
  async due(organizationId: string | null, limit = BATCH): Promise<DueRow[]> {
    return (await this.db.query(
      `SELECT p.id AS "participantId", p.pseudonym_key AS "pseudonymKey", 'CONSENT_ENDED' AS rule,
              (SELECT max(coalesce((c.withdrawn_at AT TIME ZONE 'Asia/Seoul')::date, c.retention_until)) FROM consent c WHERE c.participant_id = p.id)::text AS "basisEnded"
         FROM participant p
        WHERE p.destroyed_at IS NULL AND ($1::uuid IS NULL OR p.organization_id = $1)
          AND EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = p.id) AND NOT ${consentInForceSql('p.id')}
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND e.status IN ('APPLIED', 'ENROLLED', 'WAITLISTED'))
          AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.participant_id = p.id AND r.status IN ('SUBMITTED', 'ACCEPTED', 'ENGAGED'))
          AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.participant_id = p.id AND f.status = 'PENDING')
        ORDER BY p.created_at, p.id LIMIT $2`,
      [organizationId, limit],
    )) as DueRow[];
  }

  /** Destroys what is due, each person in their own transaction; answers how many were destroyed. */
  async run(ctx: RequestContext, organizationId: string | null): Promise<number> {
    let destroyed = 0;
    for (let seen = 0; seen < RUN_MAX; seen += BATCH) {
      const batch = await this.due(organizationId, BATCH);
      if (!batch.length) break;
      for (const d of batch) {
        // One person's failure (a module refusing) rolls back that person only; the others go ahead, the failure is logged.
        const done = await this.destruction.destroy(ctx, d.participantId, d.rule).catch((err: unknown) => {
          this.logger.error({ err, participantId: d.participantId }, 'destruction failed; retried next night');
          return null;
        });
        if (done) destroyed++;
      }
      if (batch.length < BATCH || !destroyed) break;
    }
    return destroyed;
  }

  onApplicationBootstrap(): void {
    // Replicas race to schedule the same night: the row decides, once.
    this.schedule(nextNight()).catch((err: unknown) => this.logger.warn({ err }, 'could not schedule the nightly destruction'));
  }

  private async schedule(night: string): Promise<void> {
    const ctx = RequestContext.system('destruction-schedule');
    await this.tx.run(ctx, async (em) => {
      // An INSERT … RETURNING answers its rows (UPDATE and DELETE answer [rows, count]).
      const rows = (await em.query('INSERT INTO destruction_night (night) VALUES ($1) ON CONFLICT DO NOTHING RETURNING night', [
        night,
      ])) as unknown[];
      if (rows.length) await this.events.publish(ctx, 'privacy.destruction_due', { night }, { at: atThree(night) });
    });
  }

  @OnEvent('privacy.destruction_due', 'after-commit')
  async nightly(ctx: RequestContext, e: PrivacyEvents['privacy.destruction_due']): Promise<void> {
    const destroyed = await this.run(ctx, null);
    await this.db.query('UPDATE destruction_night SET finished_at = now(), destroyed = $2 WHERE night = $1', [e.night, destroyed]);
    this.logger.log(`nightly destruction ${e.night}: ${destroyed} destroyed`);
    await this.schedule(nextNight(e.night));
  }
}

/** The next night to run: today's 03:00 Seoul if still ahead, else tomorrow's (or the night after `after`). */
function nextNight(after?: string): string {
  if (after) return seoulDate(atThree(after).getTime() + 86_400_000);
  const today = seoulDate();
  return atThree(today).getTime() > Date.now() ? today : seoulDate(Date.now() + 86_400_000);
}

const atThree = (night: string) => new Date(`${night}T03:00:00+09:00`);
