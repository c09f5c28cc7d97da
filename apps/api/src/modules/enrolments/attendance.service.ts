import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ATTENDANCE_STATUSES, ATTENDED } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { AuditService } from '../../core/audit/audit.service';
import { ProgrammeSessionService } from '../programmes';
import { Attendance, Enrolment } from './enrolment.entity';
import { AttendanceSheet, RecordAttendanceInput } from './enrolments.dto';
import { EnrolmentService } from './enrolment.service';
import { Transactions } from '../../core/database/transaction';
import { LiveEvents } from '../../core/live/live-events';
import { attendanceTopic } from './attendance-live';
import { ENROLMENTS_FIELDS } from './enrolments.errors';

/** Attendance per session: the whole roster marked and saved in one mutation; host and co-host staff take it. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: ProgrammeSessionService,
    private readonly enrolments: EnrolmentService,
    private readonly live: LiveEvents,
  ) {}

  /** Everyone holding a seat in the programme, with this session's marks. */
  async sheet(ctx: RequestContext, sessionId: string): Promise<AttendanceSheet> {
    const { session } = await this.sessions.forAttendance(ctx, sessionId);
    // Inside a caller's transaction (an import), the sheet shows its uncommitted marks.
    const db = this.tx.readOwnWrites(ctx);
    const roster = await db
      .getRepository(Enrolment)
      .createQueryBuilder('e')
      .where("e.programme_id = :p AND e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')", { p: session.programmeId })
      .orderBy('e.applied_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    const marks = await db.getRepository(Attendance).findBy({ sessionId });
    for (const e of roster) this.enrolments.byId(ctx).prime(e.id, e);
    return {
      session,
      rows: roster.map((enrolment) => {
        const m = marks.find((x) => x.enrolmentId === enrolment.id);
        return { enrolment, status: m?.status ?? null, minutes: m?.minutes ?? null, selfCheckedIn: m?.selfCheckedIn ?? false };
      }),
    };
  }

  async record(ctx: RequestContext, input: RecordAttendanceInput): Promise<AttendanceSheet> {
    const { session, access } = await this.sessions.forAttendance(ctx, input.sessionId);
    const length = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
    const ids = [...new Set(input.entries.map((e) => e.enrolmentId))];
    if (ids.length !== input.entries.length)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('entries', 'unique', ENROLMENTS_FIELDS.entriesUnique)],
      });
    await this.tx.run(ctx, async (em) => {
      const onRoster: Array<{ id: string }> = await em.query(
        "SELECT id FROM enrolment WHERE id = ANY($1::uuid[]) AND programme_id = $2 AND status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')",
        [ids, session.programmeId],
      );
      const known = new Set(onRoster.map((r) => r.id));
      const strangers = ids.filter((id) => !known.has(id));
      if (strangers.length) throw new AppError('NOT_ON_ROSTER', { details: { enrolmentIds: strangers } });
      if (!input.entries.length) return;
      const minutes = input.entries.map((e) => (ATTENDED.includes(e.status) ? Math.min(e.minutes ?? length, length) : 0));
      await em.query(
        `INSERT INTO attendance (session_id, enrolment_id, status, minutes, marked_by_id)
         SELECT $1, x.enrolment_id, x.status, x.minutes, $5
           FROM unnest($2::uuid[], $3::attendance_status[], $4::int[]) AS x(enrolment_id, status, minutes)
         ON CONFLICT (session_id, enrolment_id) DO UPDATE SET self_checked_in = attendance.self_checked_in AND attendance.status = EXCLUDED.status, status = EXCLUDED.status, minutes = EXCLUDED.minutes, marked_by_id = EXCLUDED.marked_by_id, marked_at = now()`,
        [session.id, input.entries.map((e) => e.enrolmentId), input.entries.map((e) => e.status), minutes, ctx.userId],
      );
      const tally = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, input.entries.filter((e) => e.status === s).length]));
      await this.audit.record(ctx, {
        action: 'attendance.record',
        entityType: 'session',
        entityId: session.id,
        organizationId: access.programme.hostOrganizationId,
        changes: { marks: [null, tally] },
      });
      await this.live.publish(ctx, [
        {
          topic: attendanceTopic(session.id),
          payload: { attendanceMarked: { sessionId: session.id, enrolmentId: null, status: null, selfCheckedIn: false } },
        },
      ]);
    });
    return this.sheet(ctx, input.sessionId);
  }

  /** Marks recorded per session (one grouped query for a list of sessions). */
  marked(ctx: RequestContext) {
    return ctx.loader<number>('session.attendanceMarked', async (ids) => {
      const rows: Array<{ id: string; n: number }> = await this.db.query(
        'SELECT session_id AS id, count(*)::int AS n FROM attendance WHERE session_id = ANY($1::uuid[]) GROUP BY session_id',
        [[...ids]],
      );
      const by = new Map(rows.map((r) => [r.id, r.n]));
      return ids.map((id) => by.get(id) ?? 0);
    });
  }
}
