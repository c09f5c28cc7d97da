import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { PROGRAMME_SESSIONS, PROGRAMMES } from '../programmes';

/** The mentor's hours start being logged this long before the session. */
const OPENS_MINUTES = 30;

/**
 * A mentor logs their own time at a session by its QR code, as learners check in: one of the person's mentor records
 * must hold a confirmed assignment there, from 30 minutes before the start until the end; the session's length is logged
 * for the host to verify (as when they log it on the portal). Logged already, or verified: nothing changes.
 */
@Injectable()
export class MentorSelfLog {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** The minutes logged (or already there), or null when the person is not a mentor confirmed for this session now. */
  async logAtSession(
    ctx: RequestContext,
    sessionId: string,
    participantIds: readonly string[],
  ): Promise<{ minutes: number; title: string; already: boolean } | null> {
    return this.tx.run(ctx, async (em) => {
      const [a] = (await em.query(
        `SELECT a.id, a.minutes, a.logged_minutes AS logged, a.verified_at AS verified, p.title_ko AS title, p.host_organization_id AS host
           FROM mentor_assignment a JOIN mentor m ON m.id = a.mentor_id
           JOIN ${PROGRAMME_SESSIONS} s ON s.id = a.session_id JOIN ${PROGRAMMES} p ON p.id = s.programme_id
          WHERE a.session_id = $1 AND m.participant_id = ANY($2::uuid[]) AND a.status = 'CONFIRMED' AND s.cancelled_at IS NULL
            AND now() BETWEEN s.starts_at - make_interval(mins => $3) AND s.ends_at
          LIMIT 1 FOR UPDATE OF a`,
        [sessionId, participantIds, OPENS_MINUTES],
      )) as Array<{ id: string; minutes: number; logged: number | null; verified: Date | null; title: string; host: string }>;
      if (!a) return null;
      if (a.logged !== null || a.verified) return { minutes: a.logged ?? a.minutes, title: a.title, already: true };
      await em.query('UPDATE mentor_assignment SET logged_minutes = minutes, updated_at = now() WHERE id = $1', [a.id]);
      await this.audit.record(ctx, {
        action: 'mentor_assignment.log_hours',
        entityType: 'mentor_assignment',
        entityId: a.id,
        organizationId: a.host,
        changes: { loggedMinutes: [null, a.minutes], by: [null, 'mentor by QR'] },
      });
      return { minutes: a.minutes, title: a.title, already: false };
    });
  }
}
