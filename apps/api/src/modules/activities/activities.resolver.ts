import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Participant, ParticipantService } from '../participants';
import { Activity, ActivityParticipant } from './activity.entity';
import { ActivitiesArgs, ActivityFigures, ActivityHoursInput, ActivityInput, ActivityPage, ActivityPeopleInput } from './activities.dto';
import { ActivityService } from './activity.service';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(
    private readonly activityService: ActivityService,
    private readonly organizations: OrganizationService,
    private readonly participants: ParticipantService,
  ) {}

  @Query(() => ActivityPage, { description: "Citizens' activities the caller sees (its own and its streams'), newest first" })
  @RequirePermission(Permission.ProgrammeRead)
  activities(@Ctx() ctx: RequestContext, @Args() args: ActivitiesArgs) {
    return this.activityService.list(ctx, args);
  }

  @Query(() => Activity)
  @RequirePermission(Permission.ProgrammeRead)
  activity(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.activityService.get(ctx, id);
  }

  @Mutation(() => Activity, { description: 'Creates an activity of the organization (no id) or changes one it runs' })
  @RequirePermission(Permission.ProgrammeWrite)
  saveActivity(@Ctx() ctx: RequestContext, @Args('input') input: ActivityInput) {
    return this.activityService.save(ctx, input);
  }

  @Mutation(() => Int, { description: 'Adds participants the organization holds (with consent); returns how many joined' })
  @RequirePermission(Permission.ParticipantManage)
  addActivityParticipants(@Ctx() ctx: RequestContext, @Args('input') input: ActivityPeopleInput) {
    return this.activityService.addPeople(ctx, input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.ParticipantManage)
  removeActivityParticipant(
    @Ctx() ctx: RequestContext,
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('participantId', { type: () => ID }) participantId: string,
  ) {
    return this.activityService.removePerson(ctx, activityId, participantId);
  }

  @Mutation(() => [ActivityParticipant], { description: 'The hours participants gave to the activity, saved together' })
  @RequirePermission(Permission.ParticipantManage)
  setActivityHours(@Ctx() ctx: RequestContext, @Args('input') input: ActivityHoursInput) {
    return this.activityService.setHours(ctx, input);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.ProgrammeRead)
  organization(@Ctx() ctx: RequestContext, @Parent() a: Activity) {
    return this.organizations.byId(ctx).load(a.organizationId);
  }

  @ResolveField(() => Boolean, { description: 'The active organization supports it (edits it, manages who takes part)' })
  @RequirePermission(Permission.ProgrammeRead)
  async runByMe(@Ctx() ctx: RequestContext, @Parent() a: Activity) {
    return !!(await this.activityService.granted(ctx, a.id))?.runs;
  }

  @ResolveField(() => ActivityFigures, { description: 'Who takes part in numbers: by generation, hours, the mix index (nobody named)' })
  @RequirePermission(Permission.ProgrammeRead)
  figures(@Ctx() ctx: RequestContext, @Parent() a: Activity) {
    return this.activityService.figuresOf(ctx, a);
  }

  @ResolveField(() => [ActivityParticipant], { nullable: true, description: 'The people taking part (the supporting organization only)' })
  @RequirePermission(Permission.ParticipantManage)
  people(@Ctx() ctx: RequestContext, @Parent() a: Activity) {
    return this.activityService.people(ctx, a);
  }

  @ResolveField(() => Participant, { nullable: true, description: 'The citizen leading it (the supporting organization only)' })
  @RequirePermission(Permission.ProgrammeRead)
  async leader(@Ctx() ctx: RequestContext, @Parent() a: Activity) {
    return a.leaderParticipantId && (await this.activityService.granted(ctx, a.id))?.runs
      ? this.participants.byId(ctx).load(a.leaderParticipantId)
      : null;
  }
}

@Resolver(() => ActivityParticipant)
export class ActivityParticipantResolver {
  constructor(private readonly participants: ParticipantService) {}

  @ResolveField(() => Participant)
  @RequirePermission(Permission.ParticipantManage)
  participant(@Ctx() ctx: RequestContext, @Parent() row: ActivityParticipant) {
    return this.participants.byId(ctx).load(row.participantId);
  }
}
