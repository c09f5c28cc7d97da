import { Injectable } from '@nestjs/common';
import type { AttendanceStatus } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { Transactions } from '../../core/database/transaction';
import { LiveEvents } from '../../core/live/live-events';
import { attendanceTopic } from './attendance-live';
import { PROGRAMMES, PROGRAMME_SESSIONS } from '../programmes';

/** The check-in opens this long before the session starts. */
export const CHECK_IN_OPENS_MINUTES = 30;
/** Checked in up to this long after the start: present; after it, late. */
export const PRESENT_UNTIL_MINUTES = 10;
/** After this long (or half the session, when shorter) the learner is told to see the instructor instead. */
export const LATE_UNTIL_MINUTES = 60;

export type CheckInWindow = 'EARLY' | 'PRESENT' | 'LATE' | 'CLOSED';

/** Where `now` falls in a session's check-in window (the rule staff can explain: 30 min before, 10 min, 60 min or half). */
export function checkInWindow(startsAt: Date, endsAt: Date, now = new Date()): CheckInWindow {
  const t = now.getTime();
  const start = startsAt.getTime();
  const late = Math.min(LATE_UNTIL_MINUTES * 60_000, (endsAt.getTime() - start) / 2);
  if (t < start - CHECK_IN_OPENS_MINUTES * 60_000) return 'EARLY';
  if (t <= start + PRESENT_UNTIL_MINUTES * 60_000) return 'PRESENT';
  if (t <= start + late) return 'LATE';
  return 'CLOSED';
}

export interface SelfCheckInResult {
  status: AttendanceStatus;
  /** Staff (or an earlier scan) had marked it already: nothing changed. */
  already: boolean;
  programmeTitle: string;
  startsAt: Date;
}

/**
 * A learner marks their own attendance with the session's QR code: one of the person's enrolments in that programme
 * must hold a seat; present or late by the time; a mark already there (staff's or an earlier scan) stays as it is.
 */
@Injectable()
export class SelfCheckIn {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  async checkIn(ctx: RequestContext, sessionId: string, participantIds: readonly string[], now = new Date()): Promise<SelfCheckInResult> {
    return this.tx.run(ctx, async (em) => {
      const [s] = (await em.query(
        `SELECT s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.cancelled_at AS "cancelledAt", p.title_ko AS title,
                e.id AS "enrolmentId", e.organization_id AS "organizationId"
           FROM ${PROGRAMME_SESSIONS} s JOIN ${PROGRAMMES} p ON p.id = s.programme_id
           LEFT JOIN enrolment e ON e.programme_id = s.programme_id AND e.participant_id = ANY($2::uuid[]) AND e.status = 'ENROLLED'
          WHERE s.id = $1 LIMIT 1`,
        [sessionId, participantIds],
      )) as Array<{
        startsAt: Date;
        endsAt: Date;
        cancelledAt: Date | null;
        title: string;
        enrolmentId: string | null;
        organizationId: string;
      }>;
      if (!s || s.cancelledAt) throw new AppError('CHECK_IN_SESSION_UNAVAILABLE');
      if (!s.enrolmentId) throw new AppError('CHECK_IN_NOT_ENROLLED', { params: { title: s.title } });
      const window = checkInWindow(s.startsAt, s.endsAt, now);
      if (window === 'EARLY') throw new AppError('CHECK_IN_TOO_EARLY', { params: { minutes: CHECK_IN_OPENS_MINUTES } });
      if (window === 'CLOSED') throw new AppError('CHECK_IN_TOO_LATE');
      const minutes = Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000);
      const inserted = (await em.query(
        `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_by_id, self_checked_in)
         VALUES ($1, $2, $3, $4, NULL, true) ON CONFLICT (session_id, enrolment_id) DO NOTHING RETURNING status`,
        [sessionId, s.enrolmentId, window, minutes],
      )) as Array<{ status: AttendanceStatus }>;
      if (!inserted.length) {
        const [m] = (await em.query('SELECT status FROM attendance WHERE session_id = $1 AND enrolment_id = $2', [
          sessionId,
          s.enrolmentId,
        ])) as Array<{ status: AttendanceStatus }>;
        return { status: m!.status, already: true, programmeTitle: s.title, startsAt: s.startsAt };
      }
      await this.audit.record(ctx, {
        action: 'attendance.self_check_in',
        entityType: 'session',
        entityId: sessionId,
        organizationId: s.organizationId,
        changes: { enrolment: [null, s.enrolmentId], status: [null, window] },
      });
      // The staff's sheet sees it arrive (sent at commit, on every replica).
      await this.live.publish(ctx, [
        {
          topic: attendanceTopic(sessionId),
          payload: { attendanceMarked: { sessionId, enrolmentId: s.enrolmentId, status: window, selfCheckedIn: true } },
        },
      ]);
      return { status: window, already: false, programmeTitle: s.title, startsAt: s.startsAt };
    });
  }
}
