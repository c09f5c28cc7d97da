import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Task } from '../tasks';
import { Meeting, MeetingDecision, MeetingInvitee } from './meeting.entity';
import { DecisionTaskInput, MeetingInput, MeetingPage, MeetingsArgs } from './meetings.dto';
import { MeetingService } from './meeting.service';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly service: MeetingService,
    private readonly organizations: OrganizationService,
  ) {}

  @Query(() => MeetingPage, {
    description: 'Meetings my organization convenes, is invited to, or (as lead) of its streams; upcoming first',
  })
  @RequirePermission(Permission.CoordinationRead)
  meetings(@Ctx() ctx: RequestContext, @Args() args: MeetingsArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Meeting)
  @RequirePermission(Permission.CoordinationRead)
  meeting(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.access(ctx, id).then((a) => a.meeting);
  }

  @Mutation(() => Meeting, { description: 'Convenes a meeting (no id) or changes one the organization convenes; new invitees are told' })
  @RequirePermission(Permission.CoordinationWrite)
  saveMeeting(@Ctx() ctx: RequestContext, @Args('input') input: MeetingInput) {
    return this.service.save(ctx, input);
  }

  @Mutation(() => MeetingInvitee, { description: 'My organization’s answer to an invitation' })
  @RequirePermission(Permission.CoordinationWrite)
  respondToMeeting(
    @Ctx() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('attending') attending: boolean,
    @TextArg('representatives', 300, { nullable: true }) representatives?: string | null,
  ) {
    return this.service.respond(ctx, meetingId, attending, representatives ?? null);
  }

  @Mutation(() => Meeting, { description: 'The minutes (Markdown, up to 50,000 characters), by the convener' })
  @RequirePermission(Permission.CoordinationWrite)
  saveMeetingMinutes(
    @Ctx() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @TextArg('minutes', 10_000) minutes: string,
  ) {
    return this.service.saveMinutes(ctx, meetingId, minutes);
  }

  @Mutation(() => MeetingDecision, { description: 'Records a decision of the meeting (the convener)' })
  @RequirePermission(Permission.CoordinationWrite)
  addMeetingDecision(
    @Ctx() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @TextArg('text', 1000) text: string,
  ) {
    return this.service.addDecision(ctx, meetingId, text);
  }

  @Mutation(() => Task, { description: 'Turns a decision into a task of the stream, linked to the meeting' })
  @RequirePermission(Permission.CoordinationWrite)
  decisionToTask(@Ctx() ctx: RequestContext, @Args('input') input: DecisionTaskInput) {
    return this.service.decisionToTask(ctx, input);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.CoordinationRead)
  organization(@Ctx() ctx: RequestContext, @Parent() m: Meeting) {
    return this.organizations.byId(ctx).load(m.organizationId);
  }

  @ResolveField(() => [MeetingInvitee])
  @RequirePermission(Permission.CoordinationRead)
  invitees(@Ctx() ctx: RequestContext, @Parent() m: Meeting) {
    return this.service.invitees(ctx, m.id);
  }

  @ResolveField(() => [MeetingDecision])
  @RequirePermission(Permission.CoordinationRead)
  decisions(@Ctx() ctx: RequestContext, @Parent() m: Meeting) {
    return this.service.decisions(ctx, m.id);
  }

  @ResolveField(() => Boolean, { description: 'My organization convenes it (agenda, minutes, decisions)' })
  @RequirePermission(Permission.CoordinationRead)
  async convenedByMe(@Ctx() ctx: RequestContext, @Parent() m: Meeting) {
    return !!(await this.service.granted(ctx, m.id))?.convenes;
  }
}

@Resolver(() => MeetingInvitee)
export class MeetingInviteeResolver {
  constructor(private readonly organizations: OrganizationService) {}

  @ResolveField(() => Organization)
  @RequirePermission(Permission.CoordinationRead)
  organization(@Ctx() ctx: RequestContext, @Parent() i: MeetingInvitee) {
    return this.organizations.byId(ctx).load(i.organizationId);
  }
}
