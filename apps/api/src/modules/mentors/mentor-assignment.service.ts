import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MENTOR_ASSIGNMENT_STATUS_LABELS, Permission, type AuditAction, type MentorAssignmentStatus } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext, byIds, groupByIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import type { Page } from '../../core/graphql/pagination';
import { FundingService, inStreamSql } from '../funding';
import { ProgrammeSessionService, type ProgrammeSession, PROGRAMMES, hostsProgrammeSql } from '../programmes';
import { MENTOR_ACCESS, MENTOR_ASSIGNMENT_ACCESS } from './mentor.access';
import { Mentor, MentorAssignment } from './mentor.entity';
import type { MentorEvents } from './mentors.events';
import type { AssignmentSteps, MentorAssignmentsArgs, MentorHours } from './mentors.dto';
import { MENTORS_FIELDS } from './mentors.errors';

/** What the caller may do with one assignment: the side it is on, and the steps its state allows. */
export interface AssignmentAccess {
  assignment: MentorAssignment;
  holder: boolean;
  host: boolean;
}

/** Statuses that hold the mentor's time (the exclusion constraint and the weekly sum count only these). */
const LIVE: MentorAssignmentStatus[] = ['ASSIGNED', 'CONFIRMED'];

/**
 * Mentors deployed into class sessions. An assignment locks the mentor's row, so concurrent assignments of one mentor
 * are decided one after another: the week's live minutes plus this session's must fit the weekly hours, and the
 * exclusion constraint `mentor_assignment_no_overlap` refuses two live assignments at overlapping times whatever
 * path wrote them.
 */
@Injectable()
export class MentorAssignmentService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly sessions: ProgrammeSessionService,
    private readonly funding: FundingService,
  ) {}

  byId(ctx: RequestContext) {
    return ctx.loader<MentorAssignment>('mentorAssignment.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(MentorAssignment)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  async access(ctx: RequestContext, id: string): Promise<AssignmentAccess> {
    const { row: assignment, granted } = await this.accessLayer.load(ctx, MENTOR_ASSIGNMENT_ACCESS, this.byId(ctx), id);
    return { assignment, holder: granted.canReply, host: granted.canManage };
  }

  /** The live and past assignments of a session, as far as the caller may see them (one statement per request tick). */
  async forSession(ctx: RequestContext, sessionId: string): Promise<MentorAssignment[]> {
    return (
      (await ctx
        .loader<MentorAssignment[]>('mentorAssignment.bySession', async (ids) => {
          const qb = this.accessLayer.filter(
            ctx,
            MENTOR_ASSIGNMENT_ACCESS,
            this.db.getRepository(MentorAssignment).createQueryBuilder('a'),
            'a',
          );
          const rows = await qb
            .andWhere('a.session_id IN (:...ids)', { ids: [...ids] })
            .orderBy('a.created_at', 'ASC')
            .getMany();
          return groupByIds(ids, rows, (r) => r.sessionId);
        })
        .load(sessionId)) ?? []
    );
  }

  /** A mentor's assignments, newest session first (bounded). */
  async forMentor(ctx: RequestContext, mentorId: string, limit: number): Promise<MentorAssignment[]> {
    const qb = this.accessLayer.filter(ctx, MENTOR_ASSIGNMENT_ACCESS, this.db.getRepository(MentorAssignment).createQueryBuilder('a'), 'a');
    return qb
      .andWhere('a.mentor_id = :mentorId', { mentorId })
      .orderBy('lower(a.during)', 'DESC')
      .take(Math.min(Math.max(limit, 1), 100))
      .getMany();
  }

  /** The caller's work list: replies owed for its mentors, or hours owed a verification for its classes. */
  async list(ctx: RequestContext, args: MentorAssignmentsArgs): Promise<Page<MentorAssignment>> {
    const qb = this.accessLayer.filter(ctx, MENTOR_ASSIGNMENT_ACCESS, this.db.getRepository(MentorAssignment).createQueryBuilder('a'), 'a');
    const own = ctx.activeOrganizationId;
    if (args.awaitingReply)
      qb.andWhere(
        "a.status = 'ASSIGNED' AND upper(a.during) > now() AND EXISTS (SELECT 1 FROM mentor om WHERE om.id = a.mentor_id AND om.organization_id = :own)",
        { own },
      );
    if (args.awaitingVerification)
      qb.andWhere(
        `a.status = 'CONFIRMED' AND a.verified_at IS NULL AND upper(a.during) <= now()
         AND ${hostsProgrammeSql('a.programme_id', ':own')}`,
        { own },
      );
    qb.orderBy('lower(a.during)', 'ASC').addOrderBy('a.id', 'ASC');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const a of items) this.byId(ctx).prime(a.id, a);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** What the caller may do with an assignment now (the portal shows only these buttons; the mutations decide again). */
  async steps(ctx: RequestContext, a: MentorAssignment): Promise<AssignmentSteps> {
    const { holder, host } = await this.access(ctx, a.id);
    const live = LIVE.includes(a.status);
    const open = a.status === 'CONFIRMED' && !a.verifiedAt;
    return {
      reply: holder && a.status === 'ASSIGNED' && ctx.can(Permission.ParticipantManage),
      cancel: (holder || host) && live && ctx.can(Permission.ProgrammeWrite),
      log: (holder || host) && open && ctx.can(Permission.ParticipantManage),
      verify: host && open && a.loggedMinutes !== null && ctx.can(Permission.ProgrammeWrite),
    };
  }

  /** Assigns a mentor of the stream to a session of a class the caller runs. */
  async assign(ctx: RequestContext, sessionId: string, mentorId: string): Promise<MentorAssignment> {
    const { session, access } = await this.sessions.sessionAccess(ctx, sessionId);
    if (!access.runs) throw new AppError('FORBIDDEN');
    await this.accessLayer.require(ctx, MENTOR_ACCESS, mentorId);
    if (session.cancelledAt || session.endsAt.getTime() <= Date.now()) throw new AppError('MENTOR_SESSION_CLOSED');
    return this.tx.run(ctx, async (em) => {
      const mentor = await em.getRepository(Mentor).findOneOrFail({ where: { id: mentorId }, lock: { mode: 'pessimistic_write' } });
      if (!mentor.active) throw new AppError('MENTOR_INACTIVE');
      const [stream] = (await em.query(`SELECT ${inStreamSql('$1', '$2')} AS "inStream"`, [
        access.programme.streamId,
        mentor.organizationId,
      ])) as Array<{ inStream: boolean }>;
      if (!stream?.inStream) throw new AppError('MENTOR_NOT_IN_STREAM');
      const [slot] = (await em.query(
        `SELECT (date_trunc('week', $1::timestamptz AT TIME ZONE 'Asia/Seoul'))::date::text AS week,
                round(extract(epoch FROM ($2::timestamptz - $1::timestamptz)) / 60)::int AS minutes`,
        [session.startsAt, session.endsAt],
      )) as Array<{ week: string; minutes: number }>;
      const [load] = (await em.query(
        "SELECT coalesce(sum(minutes), 0)::int AS used FROM mentor_assignment WHERE mentor_id = $1 AND week = $2 AND status IN ('ASSIGNED', 'CONFIRMED')",
        [mentor.id, slot!.week],
      )) as Array<{ used: number }>;
      if (load!.used + slot!.minutes > mentor.weeklyHours * 60)
        throw new AppError('MENTOR_OVER_CAPACITY', {
          params: { capacity: mentor.weeklyHours, used: hours(load!.used) },
          details: { usedMinutes: load!.used, capacityMinutes: mentor.weeklyHours * 60 },
        });
      const assignment = em.getRepository(MentorAssignment).create({
        mentorId: mentor.id,
        sessionId: session.id,
        programmeId: session.programmeId,
        status: 'ASSIGNED',
        during: `[${session.startsAt.toISOString()},${session.endsAt.toISOString()})`,
        week: slot!.week,
        minutes: slot!.minutes,
        assignedById: ctx.userId,
      });
      await em.save(assignment);
      const host = access.programme.hostOrganizationId;
      await this.audit.record(ctx, {
        action: 'mentor_assignment.assign',
        entityType: 'mentor_assignment',
        entityId: assignment.id,
        organizationId: host,
        changes: { mentor: [null, mentor.id], session: [null, session.id] },
      });
      const assigned: MentorEvents['mentor.assigned'] = {
        assignmentId: assignment.id,
        mentorId: mentor.id,
        sessionId: session.id,
        hostOrganizationId: host,
        mentorOrganizationId: mentor.organizationId,
      };
      await this.events.publish(ctx, 'mentor.assigned', assigned);
      return assignment;
    });
  }

  /** The organization holding the mentor replies for them: confirmed or declined (a declined one frees the time). */
  async respond(ctx: RequestContext, id: string, accept: boolean): Promise<MentorAssignment> {
    const { holder } = await this.access(ctx, id);
    if (!holder) throw new AppError('FORBIDDEN');
    return this.step(ctx, id, ['ASSIGNED'], async (a, em) => {
      a.status = accept ? 'CONFIRMED' : 'DECLINED';
      a.respondedAt = new Date();
      const [m] = (await em.query('SELECT organization_id FROM mentor WHERE id = $1', [a.mentorId])) as Array<{ organization_id: string }>;
      const [p] = (await em.query(`SELECT host_organization_id FROM ${PROGRAMMES} p WHERE id = $1`, [a.programmeId])) as Array<{
        host_organization_id: string;
      }>;
      await this.events.publish(ctx, 'mentor.responded', {
        assignmentId: a.id,
        accepted: accept,
        hostOrganizationId: p!.host_organization_id,
        mentorOrganizationId: m!.organization_id,
      });
      return accept ? 'mentor_assignment.confirm' : 'mentor_assignment.decline';
    });
  }

  /** Either side calls a live assignment off before the session starts. */
  async cancel(ctx: RequestContext, id: string): Promise<MentorAssignment> {
    await this.access(ctx, id);
    if ((await this.timing(ctx, id)).started) throw new AppError('MENTOR_SESSION_CLOSED');
    return this.step(ctx, id, LIVE, (a) => {
      a.status = 'CANCELLED';
      return Promise.resolve('mentor_assignment.cancel');
    });
  }

  /** The minutes a confirmed mentor gave, after the session; either side logs them until the host verifies. */
  async logHours(ctx: RequestContext, id: string, minutes: number): Promise<MentorAssignment> {
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440)
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('minutes', 'max', MENTORS_FIELDS.minutesMax)],
      });
    await this.access(ctx, id);
    if (!(await this.timing(ctx, id)).ended) throw new AppError('MENTOR_HOURS_TOO_EARLY');
    return this.step(ctx, id, ['CONFIRMED'], (a) => {
      if (a.verifiedAt) throw new AppError('MENTOR_HOURS_VERIFIED');
      a.loggedMinutes = minutes;
      return Promise.resolve('mentor_assignment.log_hours');
    });
  }

  /** The class's host verifies logged hours: from then on they count for the mentor, the group and the stream. */
  async verify(ctx: RequestContext, id: string): Promise<MentorAssignment> {
    const { host } = await this.access(ctx, id);
    if (!host) throw new AppError('FORBIDDEN');
    return this.step(ctx, id, ['CONFIRMED'], (a) => {
      if (a.loggedMinutes === null) throw new AppError('MENTOR_HOURS_NOT_LOGGED');
      if (a.verifiedAt) throw new AppError('MENTOR_HOURS_VERIFIED');
      a.verifiedAt = new Date();
      a.verifiedById = ctx.userId;
      return Promise.resolve('mentor_assignment.verify');
    });
  }

  /** Verified time of a stream's mentors (as far as the caller may see the assignments). */
  async hours(ctx: RequestContext, filter: { streamId: string }): Promise<MentorHours> {
    // A stream the caller does not see answers FUNDING_STREAM_NOT_FOUND, as everywhere, not zeros.
    await this.funding.access(ctx, filter.streamId);
    const params: unknown[] = [];
    const visible = this.accessLayer.predicate(ctx, MENTOR_ASSIGNMENT_ACCESS, 'a', params);
    const where = [visible, 'a.verified_at IS NOT NULL'];
    where.push(`EXISTS (SELECT 1 FROM ${PROGRAMMES} sp WHERE sp.id = a.programme_id AND sp.stream_id = $${params.push(filter.streamId)})`);
    const [row] = (await this.db.query(
      `SELECT coalesce(sum(a.logged_minutes), 0)::int AS "verifiedMinutes", count(*)::int AS sessions, count(DISTINCT a.mentor_id)::int AS mentors
         FROM mentor_assignment a WHERE ${where.join(' AND ')}`,
      params,
    )) as MentorHours[];
    return row!;
  }

  /** Verified minutes of each mentor of a request tick (the pool's rows), in one grouped statement. */
  async verifiedMinutes(ctx: RequestContext, mentorId: string): Promise<number> {
    const minutes = await ctx
      .loader<number>('mentorAssignment.verifiedMinutes', async (ids) => {
        const params: unknown[] = [[...ids]];
        const visible = this.accessLayer.predicate(ctx, MENTOR_ASSIGNMENT_ACCESS, 'a', params);
        const rows = (await this.db.query(
          `SELECT a.mentor_id AS id, coalesce(sum(a.logged_minutes), 0)::int AS minutes FROM mentor_assignment a
            WHERE a.mentor_id = ANY($1::uuid[]) AND a.verified_at IS NOT NULL AND ${visible} GROUP BY a.mentor_id`,
          params,
        )) as Array<{ id: string; minutes: number }>;
        return ids.map((id) => rows.find((r) => r.id === id)?.minutes ?? 0);
      })
      .load(mentorId);
    return minutes ?? 0;
  }

  sessionOf(ctx: RequestContext, a: MentorAssignment): Promise<ProgrammeSession> {
    return this.sessions.get(ctx, a.sessionId);
  }

  /** Whether the assignment's session has started, or ended, by the database's clock. */
  private async timing(ctx: RequestContext, id: string): Promise<{ started: boolean; ended: boolean }> {
    const [row] = (await this.tx
      .readOwnWrites(ctx)
      .query('SELECT lower(during) <= now() AS started, upper(during) <= now() AS ended FROM mentor_assignment WHERE id = $1', [
        id,
      ])) as Array<{
      started: boolean;
      ended: boolean;
    }>;
    return row ?? { started: true, ended: true };
  }

  /** One state step on a locked assignment, audited: `change` edits it and names the action. */
  private step(
    ctx: RequestContext,
    id: string,
    from: MentorAssignmentStatus[],
    change: (a: MentorAssignment, em: import('typeorm').EntityManager) => Promise<AuditAction>,
  ): Promise<MentorAssignment> {
    return this.tx.run(ctx, async (em) => {
      const a = await em.getRepository(MentorAssignment).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!from.includes(a.status))
        throw new AppError('MENTOR_ASSIGNMENT_STATE', { params: { status: MENTOR_ASSIGNMENT_STATUS_LABELS[a.status][ctx.lang] } });
      const before = { status: a.status, loggedMinutes: a.loggedMinutes, verified: !!a.verifiedAt };
      const action = await change(a, em);
      await em.save(a);
      this.byId(ctx).clear(a.id).prime(a.id, a);
      this.accessLayer.forget(ctx, MENTOR_ASSIGNMENT_ACCESS, a.id);
      const [p] = (await em.query(`SELECT host_organization_id FROM ${PROGRAMMES} p WHERE id = $1`, [a.programmeId])) as Array<{
        host_organization_id: string;
      }>;
      const changes: Record<string, unknown> = {};
      if (before.status !== a.status) changes.status = [before.status, a.status];
      if (before.loggedMinutes !== a.loggedMinutes) changes.loggedMinutes = [before.loggedMinutes, a.loggedMinutes];
      if (before.verified !== !!a.verifiedAt) changes.verified = [before.verified, true];
      await this.audit.record(ctx, {
        action,
        entityType: 'mentor_assignment',
        entityId: a.id,
        organizationId: p!.host_organization_id,
        changes,
      });
      return a;
    });
  }
}

/** Hours with one decimal, for messages. */
function hours(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}
