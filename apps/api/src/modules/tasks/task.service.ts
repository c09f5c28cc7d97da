import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Permission, TASK_STATUS_LABELS, TASK_STEPS, seoulDate, seoulInstant, type TaskStatus } from '@lalaland/shared';
import { AccessService } from '../../core/access/access.service';
import { AuditService, diff } from '../../core/audit/audit.service';
import { RequestContext, byIds } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { EventBus } from '../../core/events/event-bus';
import type { Page } from '../../core/graphql/pagination';
import { UserDirectory } from '../auth';
import { FundingService } from '../funding';
import { TASK_ACCESS } from './task.access';
import { Task } from './task.entity';
import { TaskRecords } from './task-records';
import type { TaskInput, TasksArgs, TaskTally } from './tasks.dto';
import './tasks.events';
import { RecordGrantFor, type RecordGrant } from '../../core/records/record-access';
import { TASKS_FIELDS } from './tasks.errors';

const OPEN: TaskStatus[] = ['OPEN', 'IN_PROGRESS'];

/** When the day-before reminder goes out: 09:00 Seoul the day before it is due (at once if that has passed; none once due). */
export function reminderAt(dueOn: string, now = new Date()): Date | null {
  const due = seoulInstant(dueOn, '09:00');
  if (due.getTime() <= now.getTime()) return null;
  const dayBefore = new Date(due.getTime() - 86_400_000);
  return dayBefore.getTime() > now.getTime() ? dayBefore : now;
}

/**
 * Tasks across organizations: asked by one, done by another of the same stream (or by itself); the stream's lead sees
 * them all by organization. Assigning, completing and the due-date reminder are events (notifications follow).
 */
@Injectable()
export class TaskService {
  constructor(
    private readonly tx: Transactions,
    private readonly accessLayer: AccessService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly funding: FundingService,
    private readonly directory: UserDirectory,
    private readonly records: TaskRecords,
  ) {}

  /** Documents and comments of a task: whoever sees it reads them; the asker and the assignee add. */
  @RecordGrantFor('TASK')
  async recordGrant(ctx: RequestContext, id: string): Promise<RecordGrant> {
    const g = await this.accessLayer.require(ctx, TASK_ACCESS, id);
    return { write: !!(g.canAsk || g.canDo) && ctx.can(Permission.CoordinationWrite), personal: false };
  }

  /** The caller's capabilities on one task (its policy's), or null where it may not see it: batched per request tick. */
  granted(ctx: RequestContext, id: string) {
    return this.accessLayer.find(ctx, TASK_ACCESS, id);
  }

  byId(ctx: RequestContext) {
    return ctx.loader<Task>('task.byId', async (ids) =>
      byIds(
        ids,
        await this.tx
          .readOwnWrites(ctx)
          .getRepository(Task)
          .findBy({ id: In([...ids]) }),
      ),
    );
  }

  async access(ctx: RequestContext, id: string): Promise<{ task: Task; asks: boolean; does: boolean }> {
    const { row: task, granted } = await this.accessLayer.load(ctx, TASK_ACCESS, this.byId(ctx), id);
    return { task, asks: granted.canAsk, does: granted.canDo };
  }

  async get(ctx: RequestContext, id: string): Promise<Task> {
    return (await this.access(ctx, id)).task;
  }

  /** Tasks of my organization (assigned to it, asked by it) or of a stream it leads; open ones by due date first. */
  async list(ctx: RequestContext, args: TasksArgs): Promise<Page<Task>> {
    const org = ctx.activeOrganizationId;
    const qb = this.accessLayer.filter(ctx, TASK_ACCESS, this.db.getRepository(Task).createQueryBuilder('t'), 't');
    const view = args.view ?? 'ASSIGNED';
    if (view === 'ASSIGNED') qb.andWhere('t.assignee_organization_id = :org', { org });
    else if (view === 'ASKED') qb.andWhere('t.organization_id = :org', { org });
    qb.andWhere('t.status IN (:...statuses)', { statuses: args.statuses?.length ? args.statuses : OPEN });
    if (args.overdue) qb.andWhere("t.due_on < :today AND t.status IN ('OPEN', 'IN_PROGRESS')", { today: seoulDate() });
    if (args.mine) qb.andWhere('t.assignee_user_id = :me', { me: ctx.userId });
    if (args.recordType && args.recordId)
      qb.andWhere('t.record_type = :rt AND t.record_id = :rid', { rt: args.recordType, rid: args.recordId });
    qb.orderBy('t.due_on', 'ASC', 'NULLS LAST').addOrderBy('t.created_at', 'DESC').addOrderBy('t.id');
    const [items, totalCount] = await qb.skip(args.offset).take(args.limit).getManyAndCount();
    for (const t of items) this.byId(ctx).prime(t.id, t);
    return { items, totalCount, offset: args.offset, limit: args.limit };
  }

  /** A stream's tasks by assigned organization (its lead, a platform admin): open, overdue, done. */
  async tally(ctx: RequestContext, streamId: string): Promise<TaskTally[]> {
    const stream = await this.funding.access(ctx, streamId);
    if (!stream.oversees) throw new AppError('FORBIDDEN');
    return (await this.db.query(
      `SELECT assignee_organization_id AS "organizationId",
              count(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS'))::int AS open,
              count(*) FILTER (WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_on < $2)::int AS overdue,
              count(*) FILTER (WHERE status = 'DONE')::int AS done
         FROM task WHERE stream_id = $1 GROUP BY assignee_organization_id ORDER BY overdue DESC, open DESC`,
      [streamId, seoulDate()],
    )) as TaskTally[];
  }

  /** Creates a task for the active organization to ask, or changes one it asked for. */
  async save(ctx: RequestContext, input: TaskInput): Promise<Task> {
    const org = ctx.activeOrganizationId;
    if (!org) throw new AppError('FORBIDDEN');
    if (input.id && !(await this.access(ctx, input.id)).asks) throw new AppError('FORBIDDEN');
    await this.checkAssignee(ctx, org, input);
    if (input.recordType && input.recordId) await this.records.require(ctx, input.recordType, input.recordId);
    return this.tx.run(ctx, async (em) => {
      const repo = em.getRepository(Task);
      const existing = input.id ? await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } }) : null;
      const before = existing ? { ...existing } : null;
      const t = existing ?? repo.create({ organizationId: org, status: 'OPEN', createdById: ctx.userId, completedAt: null });
      t.title = input.title.trim();
      t.description = input.description?.trim() || null;
      t.assigneeOrganizationId = input.assigneeOrganizationId;
      t.assigneeUserId = input.assigneeUserId ?? null;
      t.streamId = input.streamId ?? null;
      t.dueOn = input.dueOn ?? null;
      t.priority = input.priority ?? 'NORMAL';
      t.checklist = (input.checklist ?? []).map((c) => ({ text: c.text.trim(), done: !!c.done }));
      t.recordType = input.recordType && input.recordId ? input.recordType : null;
      t.recordId = t.recordType ? input.recordId! : null;
      await em.save(t);
      this.byId(ctx).clear(t.id).prime(t.id, t);
      this.accessLayer.forget(ctx, TASK_ACCESS, t.id);
      await this.audit.record(ctx, {
        action: existing ? 'task.update' : 'task.create',
        entityType: 'task',
        entityId: t.id,
        organizationId: org,
        changes: diff(before, t, [
          'title',
          'assigneeOrganizationId',
          'assigneeUserId',
          'dueOn',
          'priority',
          'status',
          'recordType',
          'recordId',
        ]),
      });
      const reassigned =
        !before || before.assigneeOrganizationId !== t.assigneeOrganizationId || before.assigneeUserId !== t.assigneeUserId;
      if (reassigned)
        await this.events.publish(ctx, 'task.assigned', {
          taskId: t.id,
          title: t.title,
          fromOrganizationId: t.organizationId,
          assigneeOrganizationId: t.assigneeOrganizationId,
          assigneeUserId: t.assigneeUserId,
          dueOn: t.dueOn,
        });
      if (t.dueOn && t.dueOn !== before?.dueOn) await this.scheduleReminder(ctx, t);
      return t;
    });
  }

  /** Moves a task along: the assignee works it, either side completes it (checklist done), the asker cancels it. */
  async setStatus(ctx: RequestContext, id: string, to: TaskStatus): Promise<Task> {
    const { asks, does } = await this.access(ctx, id);
    if (!asks && !does) throw new AppError('FORBIDDEN');
    if (to === 'CANCELLED' && !asks) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const t = await em.findOneOrFail(Task, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const from = t.status;
      if (from === to) return t;
      if (!TASK_STEPS[from].includes(to))
        throw new AppError('TASK_STEP_NOT_ALLOWED', {
          params: { from: TASK_STATUS_LABELS[from][ctx.lang], to: TASK_STATUS_LABELS[to][ctx.lang] },
        });
      if (to === 'DONE' && t.checklist.some((c) => !c.done)) throw new AppError('TASK_CHECKLIST_INCOMPLETE');
      t.status = to;
      t.completedAt = to === 'DONE' ? new Date() : null;
      await em.save(t);
      this.byId(ctx).clear(t.id).prime(t.id, t);
      await this.audit.record(ctx, {
        action: 'task.status',
        entityType: 'task',
        entityId: t.id,
        organizationId: ctx.activeOrganizationId,
        changes: { status: [from, to] },
      });
      if (to === 'DONE')
        await this.events.publish(ctx, 'task.done', {
          taskId: t.id,
          title: t.title,
          fromOrganizationId: t.organizationId,
          assigneeOrganizationId: t.assigneeOrganizationId,
        });
      return t;
    });
  }

  /** Ticks a checklist line (asker or assignee); the row is locked, so two people ticking at once both count. */
  async check(ctx: RequestContext, id: string, index: number, done: boolean): Promise<Task> {
    const { asks, does } = await this.access(ctx, id);
    if (!asks && !does) throw new AppError('FORBIDDEN');
    return this.tx.run(ctx, async (em) => {
      const t = await em.findOneOrFail(Task, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const item = t.checklist[index];
      if (!item)
        throw new AppError('VALIDATION_FAILED', {
          fields: [problem('index', 'max', TASKS_FIELDS.indexMax)],
        });
      item.done = done;
      await em.save(t);
      this.byId(ctx).clear(t.id).prime(t.id, t);
      return t;
    });
  }

  /** The reminder for (task, due date) still applies: the task is open and still due that day. */
  async reminderStands(ctx: RequestContext, taskId: string, dueOn: string): Promise<Task | null> {
    const t = await this.tx.readOwnWrites(ctx).findOneBy(Task, { id: taskId });
    return t && t.dueOn === dueOn && OPEN.includes(t.status) ? t : null;
  }

  private async scheduleReminder(ctx: RequestContext, t: Task): Promise<void> {
    const at = reminderAt(t.dueOn!);
    if (at) await this.events.publish(ctx, 'task.reminder', { taskId: t.id, dueOn: t.dueOn! }, { at });
  }

  private async checkAssignee(ctx: RequestContext, org: string, input: TaskInput): Promise<void> {
    if (input.streamId) {
      const stream = await this.funding.findAccess(ctx, input.streamId);
      if (!stream?.memberRole) throw new AppError('TASK_ASSIGNEE_NOT_IN_STREAM');
      const members = await this.funding.members(ctx, input.streamId);
      if (!members.some((m) => m.organizationId === input.assigneeOrganizationId)) throw new AppError('TASK_ASSIGNEE_NOT_IN_STREAM');
    } else if (input.assigneeOrganizationId !== org) throw new AppError('TASK_ASSIGNEE_NOT_IN_STREAM');
    if (input.assigneeUserId) {
      const people = await this.directory.membersOf(ctx, [input.assigneeOrganizationId], ['ORG_ADMIN', 'STAFF']);
      if (!people.some((p) => p.id === input.assigneeUserId)) throw new AppError('TASK_ASSIGNEE_USER_NOT_MEMBER');
    }
  }
}
