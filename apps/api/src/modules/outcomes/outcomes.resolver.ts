import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Programme, ProgrammeService } from '../programmes';
import { Participant } from '../participants';
import { CounsellingNote, FollowUp, Goal, Outcome } from './outcome.entity';
import { CounsellingNoteInput, FollowUpPage, FollowUpResultInput, FollowUpsArgs, GoalInput, OutcomeInput } from './outcomes.dto';
import { OutcomeService } from './outcome.service';
import { FollowUpAnswers } from './follow-up-answers';
import { JourneyItem } from './journey';

@Resolver(() => FollowUp)
export class OutcomeResolver {
  constructor(
    private readonly outcomeService: OutcomeService,
    private readonly programmes: ProgrammeService,
    private readonly answers: FollowUpAnswers,
  ) {}

  @Query(() => FollowUpPage, {
    description: "The active organization's follow-ups of completers, soonest first (dueWithinDays: the pending work)",
  })
  @RequirePermission(Permission.ParticipantManage)
  followUps(@Ctx() ctx: RequestContext, @Args() args: FollowUpsArgs) {
    return this.outcomeService.followUps(ctx, args);
  }

  @Mutation(() => CounsellingNote, { description: 'Adds a counselling note for a participant the organization holds' })
  @RequirePermission(Permission.ParticipantManage)
  addCounsellingNote(@Ctx() ctx: RequestContext, @Args('input') input: CounsellingNoteInput) {
    return this.outcomeService.addNote(ctx, input);
  }

  @Mutation(() => Goal, { description: 'Adds a goal (no id) or changes one' })
  @RequirePermission(Permission.ParticipantManage)
  saveGoal(@Ctx() ctx: RequestContext, @Args('input') input: GoalInput) {
    return this.outcomeService.saveGoal(ctx, input);
  }

  @Mutation(() => Outcome, { description: 'Records an outcome (employment, start-up, certificate, further learning, volunteering)' })
  @RequirePermission(Permission.ParticipantManage)
  recordOutcome(@Ctx() ctx: RequestContext, @Args('input') input: OutcomeInput) {
    return this.outcomeService.recordOutcome(ctx, input);
  }

  @Mutation(() => FollowUp, { description: 'Closes a follow-up (DONE, UNREACHABLE or SKIPPED), with an outcome learnt on it' })
  @RequirePermission(Permission.ParticipantManage)
  closeFollowUp(@Ctx() ctx: RequestContext, @Args('input') input: FollowUpResultInput) {
    return this.outcomeService.closeFollowUp(ctx, input);
  }

  @Mutation(() => FollowUp, {
    description: 'Asks the person by text now, with a link to the short form (instead of calling); their answer closes it',
  })
  @RequirePermission(Permission.ParticipantManage)
  askFollowUp(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.answers.askNow(ctx, id);
  }

  @ResolveField(() => Participant)
  @RequirePermission(Permission.ParticipantManage)
  participant(@Ctx() ctx: RequestContext, @Parent() f: FollowUp) {
    return this.outcomeService.person(ctx, f.participantId);
  }

  @ResolveField(() => Programme)
  @RequirePermission(Permission.ParticipantManage)
  programme(@Ctx() ctx: RequestContext, @Parent() f: FollowUp) {
    return this.programmes.get(ctx, f.programmeId);
  }

  @ResolveField(() => Boolean, { description: 'The person agreed to be contacted (an operation consent covering the phone, in force)' })
  @RequirePermission(Permission.ParticipantManage)
  contactAllowed(@Ctx() ctx: RequestContext, @Parent() f: FollowUp) {
    return this.outcomeService.contactAllowed(ctx, f);
  }
}

/** The journey records on a participant, for the organization holding them (null for anyone else). */
@Resolver(() => Participant)
export class ParticipantOutcomesResolver {
  constructor(private readonly outcomeService: OutcomeService) {}

  @ResolveField(() => [CounsellingNote], { nullable: true, description: 'Counselling notes (holding organization only; each read logged)' })
  @RequirePermission(Permission.ParticipantManage)
  counsellingNotes(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return this.outcomeService.notes(ctx, p.id);
  }

  @ResolveField(() => [Goal], { nullable: true, description: 'Goals (holding organization only)' })
  @RequirePermission(Permission.ParticipantManage)
  goals(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return this.outcomeService.goals(ctx, p.id);
  }

  @ResolveField(() => [Outcome], { nullable: true, description: 'Outcomes (holding organization only)' })
  @RequirePermission(Permission.ParticipantManage)
  outcomes(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return this.outcomeService.outcomes(ctx, p.id);
  }

  @ResolveField(() => [JourneyItem], {
    nullable: true,
    description:
      'The journey, newest first (200 steps): enrolments with hours, certificates, mentor roles and hours, referrals, goals, outcomes, follow-ups (holding organization only)',
  })
  @RequirePermission(Permission.ParticipantManage)
  journey(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return this.outcomeService.journey(ctx, p.id);
  }

  @ResolveField(() => [FollowUp], { nullable: true, description: 'Follow-ups after completions (holding organization only)' })
  @RequirePermission(Permission.ParticipantManage)
  followUps(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return this.outcomeService.followUpsOf(ctx, p.id);
  }
}
