import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Permission, seoulDate, seoulInstant } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext, byIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import type { Page } from '../../core/graphql/pagination';
import { FundingService } from '../funding';
import { Task, TaskRecords, TaskService } from '../tasks';
import { RecordGrantFor, type RecordGrant } from '../../core/records/record-access';
import { MEETING_ACCESS } from './meeting.access';
import { Meeting, MeetingDecision, MeetingInvitee } from './meeting.entity';
import type { DecisionTaskInput, MeetingInput, MeetingsArgs } from './meetings.dto';
import './meetings.events';
import { MEETINGS_FIELDS } from './meetings.errors';

/**
 * Meetings of a stream's organizations: the convener sets the agenda and invites members, invitees answer with their
 * representatives, the convener writes the minutes and the decisions, and a decision becomes a task in one step.
 */
@Injectable()
export class MeetingService implements OnModuleInit {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly funding: FundingService,
    private readonly tasks: TaskService,
    private readonly taskRecords: TaskRecords,
  ) {}

  /** Tasks may belong to a meeting: they follow this module's rule. */
  onModuleInit(): void {
    this.taskRecords.register('MEETING', MEETING_ACCESS);
  }

  /** Documents and comments of a meeting: whoever sees it reads them; the convener and the invited add. */
  @RecordGrantFor('MEETING')
  async recordGrant(ctx: RequestContext, id: string): Promise<RecordGrant> {
    const g = await this.accessLayer.require(ctx, MEETING_ACCESS, id);
    return { write: !!(g.canConvene || g.invited) && ctx.can(Permission.CoordinationWrite), personal: false };
  }

  /** The caller's capabilities on one meeting (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, MEETING_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Meeting>('meeting.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Meeting)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  async access(ctx: RequestContext, id: string): Promise<{ meeting: Meeting; convenes: boolean; invited: boolean }> {
    const { row: meeting, granted: g } = await this.accessLayer.load(ctx, MEETING_ACCESS, this.byId(ctx), id);
    return { meeting, convenes: g.canConvene, invited: g.invited };
  }

  async list(ctx: RequestContext, args: MeetingsArgs): Promise<Page<Meeting>> {
    const qb = this.accessLayer.filter(ctx, MEETING_ACCESS, this.db.getRepository(Meeting).createQueryBuilder('m'), 'm');
    if (args.from) qb.andWhere('m.ends_at >= :from', { from: seoulInstant(args.from) });
    if (args.to) qb.andWhere('m.starts_at < :to', { to: new Date(seoulInstant(args.to).getTime() + 86_400_000) });
    if (!args.from && !args.to) qb.andWhere(args.past ? 'm.ends_at < now()' : 'm.ends_at >= now()');
    qb.orderBy('m.starts_at', args.past ? 'DESC' : 'ASC').addOrderBy('m.id');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const m of items) this.byId(ctx).prime(m.id, m);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  async save(ctx: RequestContext, input: MeetingInput): Promise<Meeting> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    if (input.id && !(await this.access(ctx, input.id)).convenes) throw new AppError('FORBIDDEN');
    if (input.endsAt.getTime() <= input.startsAt.getTime())
      throw new AppError('MEETING_ENDS_BEFORE_START', {
        fields: [problem('endsAt', 'min', MEETINGS_FIELDS.endsAtMin)],
      });
    const stream = await this.funding.findAccess(ctx, input.streamId);
    if (!stream?.memberRole) throw new AppError('MEETING_STREAM_NOT_MEMBER');
    const members = new Set((await this.funding.members(ctx, input.streamId)).map((m) => m.organizationId));
    const invitees = [...new Set(input.inviteeOrganizationIds)].filter((o) => o !== org);
    if (invitees.some((o) => !members.has(o))) throw new AppError('MEETING_INVITEE_NOT_MEMBER');
    return this.tx.run(ctx, async (em) => {
      const existing = input.id ? await em.findOne(Meeting, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
      const m = existing ?? em.create(Meeting, { organizationId: org, minutes: null, cancelled: false });
      m.streamId = input.streamId;
      m.kind = input.kind;
      m.title = input.title.trim();
      m.startsAt = input.startsAt;
      m.endsAt = input.endsAt;
      m.place = input.place?.trim() || null;
      m.agenda = (input.agenda ?? []).map((a) => ({ title: a.title.trim(), presenter: a.presenter?.trim() || null }));
      await em.save(m);
      this.byId(ctx).clear(m.id).prime(m.id, m);
      const before = new Set(
        ((await em.query('SELECT organization_id AS id FROM meeting_invitee WHERE meeting_id = $1', [m.id])) as Array<{ id: string }>).map(
          (r) => r.id,
        ),
      );
      await em.query('DELETE FROM meeting_invitee WHERE meeting_id = $1 AND NOT (organization_id = ANY($2::uuid[]))', [m.id, invitees]);
      const added = invitees.filter((o) => !before.has(o));
      if (added.length)
        await em.insert(
          MeetingInvitee,
          added.map((organizationId) => ({ meetingId: m.id, organizationId, attending: null, representatives: null })),
        );
      this.accessLayer.forget(ctx, MEETING_ACCESS, m.id);
      await this.audit.record(ctx, {
        action: existing ? 'meeting.update' : 'meeting.create',
        entityType: 'meeting',
        entityId: m.id,
        organizationId: org,
        changes: { title: [existing?.title ?? null, m.title] },
      });
      if (added.length)
        await this.events.publish(ctx, 'meeting.invited', {
          meetingId: m.id,
          title: m.title,
          startsAt: m.startsAt.toISOString(),
          fromOrganizationId: org,
          organizationIds: added,
        });
      return m;
    });
  }

  async invitees(ctx: RequestContext, meetingId: string): Promise<MeetingInvitee[]> {
    const invitees = await ctx
      .loader<MeetingInvitee[]>('meeting.invitees', async (ids) => {
        const rows = await this.tx
          .readOwnWrites(ctx)
          .getRepository(MeetingInvitee)
          .find({ where: { meetingId: In([...ids]) }, order: { organizationId: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.meetingId === id));
      })
      .load(meetingId);
    return invitees ?? [];
  }

  /** An invited organization answers: attending or not, and who comes. */
  async respond(ctx: RequestContext, meetingId: string, attending: boolean, representatives: string | null): Promise<MeetingInvitee> {
    const { invited } = await this.access(ctx, meetingId);
    if (!invited) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      await em.update(
        MeetingInvitee,
        { meetingId, organizationId: ctx.activeOrganizationId! },
        { attending, representatives: representatives?.trim() || null },
      );
      return em.findOneByOrFail(MeetingInvitee, { meetingId, organizationId: ctx.activeOrganizationId! });
    });
  }

  async saveMinutes(ctx: RequestContext, meetingId: string, minutes: string): Promise<Meeting> {
    if (!(await this.access(ctx, meetingId)).convenes) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      await em.update(Meeting, { id: meetingId }, { minutes: minutes.trim() || null });
      await this.audit.record(ctx, {
        action: 'meeting.minutes',
        entityType: 'meeting',
        entityId: meetingId,
        organizationId: ctx.activeOrganizationId,
      });
      const m = await em.findOneByOrFail(Meeting, { id: meetingId });
      this.byId(ctx).clear(m.id).prime(m.id, m);
      return m;
    });
  }

  /** The decisions of a page of meetings (one statement per request tick), oldest first. */
  async decisions(ctx: RequestContext, meetingId: string): Promise<MeetingDecision[]> {
    const found = await ctx
      .loader<MeetingDecision[]>('meeting.decisions', async (ids) => {
        const rows = await this.tx
          .readOwnWrites(ctx)
          .getRepository(MeetingDecision)
          .find({ where: { meetingId: In([...ids]) }, order: { createdAt: 'ASC' }, take: 100 * ids.length });
        return ids.map((id) => rows.filter((r) => r.meetingId === id));
      })
      .load(meetingId);
    return found ?? [];
  }

  async addDecision(ctx: RequestContext, meetingId: string, text: string): Promise<MeetingDecision> {
    if (!(await this.access(ctx, meetingId)).convenes) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, (em) => em.save(em.create(MeetingDecision, { meetingId, text: text.trim(), taskId: null })));
  }

  /** A decision becomes a task of the meeting's stream, linked to the meeting, in one transaction (or not at all). */
  async decisionToTask(ctx: RequestContext, input: DecisionTaskInput): Promise<Task> {
    const decision = await this.tx.readOwnWrites(ctx).findOneBy(MeetingDecision, { id: input.decisionId });
    if (!decision) throw new AppError('MEETING_DECISION_NOT_FOUND');
    const { meeting, convenes } = await this.access(ctx, decision.meetingId);
    if (!convenes) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const locked = await em.findOne(MeetingDecision, { where: { id: decision.id }, lock: { mode: 'pessimistic_write' } });
      if (locked?.taskId) throw new AppError('MEETING_DECISION_ALREADY_TASK');
      const task = await this.tasks.save(ctx, {
        title: decision.text.slice(0, 200),
        description: `${meeting.title} (${seoulDate(meeting.startsAt)})`,
        assigneeOrganizationId: input.assigneeOrganizationId,
        streamId: meeting.streamId,
        dueOn: input.dueOn ?? null,
        recordType: 'MEETING',
        recordId: meeting.id,
      });
      await em.update(MeetingDecision, { id: decision.id }, { taskId: task.id });
      return task;
    });
  }
}
