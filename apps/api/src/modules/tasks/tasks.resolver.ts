import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, TASK_STEPS, seoulDate, type TaskStatus } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { AccessService } from '../../core/access/access.service';
import { Organization, OrganizationService } from '../organizations';
import { UserDirectory } from '../auth';
import { Task, TaskStatusEnum } from './task.entity';
import { TASK_ACCESS } from './task.access';
import { TaskInput, TaskPage, TasksArgs, TaskTally } from './tasks.dto';
import { TaskService } from './task.service';

@ObjectType({ description: 'The person a task is assigned to (a member of the assigned organization)' })
export class TaskPerson {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}

@Resolver(() => Task)
export class TaskResolver {
  constructor(
    private readonly service: TaskService,
    private readonly organizations: OrganizationService,
    private readonly directory: UserDirectory,
    private readonly accessLayer: AccessService,
  ) {}

  @Query(() => TaskPage, {
    description: 'Tasks of my organization (assigned to it, asked by it) or of a stream it leads; open ones, earliest due first',
  })
  @RequirePermission(Permission.CoordinationRead)
  tasks(@Ctx() ctx: RequestContext, @Args() args: TasksArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Task)
  @RequirePermission(Permission.CoordinationRead)
  task(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Query(() => [TaskTally], { description: 'A stream’s tasks by assigned organization (the stream’s lead)' })
  @RequirePermission(Permission.CoordinationRead)
  streamTaskTally(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.service.tally(ctx, streamId);
  }

  @Mutation(() => Task, { description: 'Asks for a task (no id) or changes one the organization asked for' })
  @RequirePermission(Permission.CoordinationWrite)
  saveTask(@Ctx() ctx: RequestContext, @Args('input') input: TaskInput) {
    return this.service.save(ctx, input);
  }

  @Mutation(() => Task, { description: 'Moves a task along (see allowedSteps)' })
  @RequirePermission(Permission.CoordinationWrite)
  setTaskStatus(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => TaskStatusEnum }) status: TaskStatus,
  ) {
    return this.service.setStatus(ctx, id, status);
  }

  @Mutation(() => Task, { description: 'Ticks or unticks one checklist line (0-based)' })
  @RequirePermission(Permission.CoordinationWrite)
  checkTaskItem(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('index', { type: () => Int }) index: number,
    @Args('done') done: boolean,
  ) {
    return this.service.check(ctx, id, index, done);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.CoordinationRead)
  organization(@Ctx() ctx: RequestContext, @Parent() t: Task) {
    return this.organizations.byId(ctx).load(t.organizationId);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.CoordinationRead)
  assigneeOrganization(@Ctx() ctx: RequestContext, @Parent() t: Task) {
    return this.organizations.byId(ctx).load(t.assigneeOrganizationId);
  }

  @ResolveField(() => TaskPerson, { nullable: true })
  @RequirePermission(Permission.CoordinationRead)
  async assignee(@Ctx() ctx: RequestContext, @Parent() t: Task) {
    if (!t.assigneeUserId) return null;
    return this.directory.person(ctx).load(t.assigneeUserId);
  }

  @ResolveField(() => Boolean, { description: 'Past its due date (Asia/Seoul) and not done' })
  @RequirePermission(Permission.CoordinationRead)
  overdue(@Parent() t: Task) {
    return !!t.dueOn && t.dueOn < seoulDate() && (t.status === 'OPEN' || t.status === 'IN_PROGRESS');
  }

  @ResolveField(() => Boolean, { description: 'My organization asked for it (edits and cancels it)' })
  @RequirePermission(Permission.CoordinationRead)
  async askedByMe(@Ctx() ctx: RequestContext, @Parent() t: Task) {
    return !!(await this.service.granted(ctx, t.id))?.asks;
  }

  @ResolveField(() => [TaskStatusEnum], { description: 'The statuses the caller may move it to' })
  @RequirePermission(Permission.CoordinationRead)
  async allowedSteps(@Ctx() ctx: RequestContext, @Parent() t: Task): Promise<TaskStatus[]> {
    if (!ctx.can(Permission.CoordinationWrite)) return [];
    const g = await this.accessLayer.find(ctx, TASK_ACCESS, t.id);
    const asks = !!g?.canAsk;
    const does = !!g?.canDo;
    if (!asks && !does) return [];
    return TASK_STEPS[t.status]
      .filter((s) => (s === 'CANCELLED' ? asks : true))
      .filter((s) => s !== 'DONE' || t.checklist.every((c) => c.done));
  }
}
