import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Programme, ProgrammeService } from '../programmes';
import { Participant, ParticipantPersonal, ParticipantService, selectedPersonalFields } from '../participants';
import { Enrolment } from '../enrolments';
import { Opening, OpeningService } from '../openings';
import { Referral } from './referral.entity';
import { ReferInput, ReferralPage, ReferralProvision, ReferralSharing, ReferralSteps, ReferralsArgs } from './referrals.dto';
import { ReferralService } from './referral.service';
import { ReferralSharingService } from './referral-sharing.service';
import { ReferralFunnel, ReferralFunnelArgs, ReferralFunnelService } from './referral-funnel';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(
    private readonly referralService: ReferralService,
    private readonly participants: ParticipantService,
    private readonly organizations: OrganizationService,
    private readonly programmes: ProgrammeService,
    private readonly openings: OpeningService,
    private readonly sharingReads: ReferralSharingService,
    private readonly funnels: ReferralFunnelService,
  ) {}

  @Query(() => ReferralPage, {
    description: 'The inbox (referrals to the active organization) or the outbox (those it sent), newest first',
  })
  @RequirePermission(Permission.ParticipantManage)
  referrals(@Ctx() ctx: RequestContext, @Args() args: ReferralsArgs) {
    return this.referralService.list(ctx, args);
  }

  @Query(() => ReferralFunnel, {
    description:
      'How far the people the active organization referred (or received) went in a year: accepted, enrolled, completed, hired; small counts hidden',
  })
  @RequirePermission(Permission.ParticipantManage)
  referralFunnel(@Ctx() ctx: RequestContext, @Args() args: ReferralFunnelArgs) {
    return this.funnels.funnel(ctx, args);
  }

  @Query(() => Referral)
  @RequirePermission(Permission.ParticipantManage)
  referral(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.referralService.get(ctx, id);
  }

  @Mutation(() => Referral, {
    description:
      'Refers a participant the organization holds to another organization (or its programme); `sharing` records the separate consent to share personal items',
  })
  @RequirePermission(Permission.ParticipantManage)
  referParticipant(@Ctx() ctx: RequestContext, @Args('input') input: ReferInput) {
    return this.referralService.refer(ctx, input);
  }

  @Mutation(() => Referral, { description: 'The recipient accepts, or declines with a reason' })
  @RequirePermission(Permission.ParticipantManage)
  decideReferral(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @TextArg('reason', 500, { nullable: true }) reason: string | null,
  ) {
    return this.referralService.decide(ctx, id, accept, reason ?? null);
  }

  @Mutation(() => Referral, { description: 'The recipient marks the person as taking part' })
  @RequirePermission(Permission.ParticipantManage)
  markReferralEngaged(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.referralService.engage(ctx, id);
  }

  @Mutation(() => Referral, { description: 'The recipient closes the referral with its outcome' })
  @RequirePermission(Permission.ParticipantManage)
  closeReferral(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @TextArg('outcome', 500) outcome: string) {
    return this.referralService.close(ctx, id, outcome);
  }

  @Mutation(() => Referral, {
    description: "The recipient records the hire for the referral's opening: closed, and an EMPLOYED outcome for the sender's participant",
  })
  @RequirePermission(Permission.ParticipantManage)
  hireReferred(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.referralService.hire(ctx, id);
  }

  @Mutation(() => Referral, { description: 'The sender takes back a referral not yet decided' })
  @RequirePermission(Permission.ParticipantManage)
  withdrawReferral(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.referralService.withdraw(ctx, id);
  }

  @Mutation(() => Referral, {
    description: "Records the citizen's withdrawal of the sharing consent: the recipient reads nothing more from now on",
  })
  @RequirePermission(Permission.ParticipantManage)
  stopReferralSharing(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.referralService.stopSharing(ctx, id);
  }

  @Mutation(() => Enrolment, {
    description: 'The recipient enrols the referred person into one of its programmes (the referral becomes ENGAGED)',
  })
  @RequirePermission(Permission.ProgrammeWrite)
  enrolReferred(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ) {
    return this.referralService.enrol(ctx, id, programmeId);
  }

  @ResolveField(() => String, { description: 'The pseudonymous key of the person (both sides)' })
  @RequirePermission(Permission.ParticipantManage)
  async personKey(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return (await this.participants.byId(ctx).load(r.participantId))?.pseudonymKey ?? '';
  }

  @ResolveField(() => Participant, { nullable: true, description: 'The participant record (the sender only)' })
  @RequirePermission(Permission.ParticipantManage)
  async participant(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return (await this.referralService.granted(ctx, r.id))?.sender ? this.participants.byId(ctx).load(r.participantId) : null;
  }

  @ResolveField(() => ParticipantPersonal, {
    nullable: true,
    description:
      "What the caller may read about the person: the recipient exactly the consented items while the consent is in force (each read logged as this referral's provision)",
  })
  @RequirePermission(Permission.ParticipantManage)
  shared(@Ctx() ctx: RequestContext, @Parent() r: Referral, @Info() info: GraphQLResolveInfo) {
    return this.sharingReads.shared(ctx, r, selectedPersonalFields(info));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Why, in the referring staff's words: the recipient reads it only while the sharing consent is in force (each read logged as a provision)",
  })
  @RequirePermission(Permission.ParticipantManage)
  note(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return this.sharingReads.note(ctx, r);
  }

  @ResolveField(() => ReferralSharing, { nullable: true, description: 'The sharing consent as agreed (null: nothing personal is shared)' })
  @RequirePermission(Permission.ParticipantManage)
  sharing(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return this.sharingReads.sharing(ctx, r);
  }

  @ResolveField(() => [ReferralProvision], {
    nullable: true,
    description: 'Every read of the shared items by the recipient (the sender’s view; null for the recipient)',
  })
  @RequirePermission(Permission.ParticipantManage)
  provisions(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return this.sharingReads.provisions(ctx, r);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.ParticipantManage)
  fromOrganization(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return this.organizations.byId(ctx).load(r.fromOrganizationId);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.ParticipantManage)
  toOrganization(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return this.organizations.byId(ctx).load(r.toOrganizationId);
  }

  @ResolveField(() => Programme, { nullable: true })
  @RequirePermission(Permission.ParticipantManage)
  async programme(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return r.programmeId ? ((await this.programmes.findAccess(ctx, r.programmeId))?.programme ?? null) : null;
  }

  @ResolveField(() => Opening, { nullable: true, description: 'The opening the person applies to through this referral' })
  @RequirePermission(Permission.ParticipantManage)
  async opening(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return r.openingId ? this.openings.byId(ctx).load(r.openingId) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The enrolment made from the referral' })
  @RequirePermission(Permission.ParticipantManage)
  enrolmentId(@Parent() r: Referral) {
    return r.enrolmentId;
  }

  @ResolveField(() => ReferralSteps)
  @RequirePermission(Permission.ParticipantManage)
  can(@Ctx() ctx: RequestContext, @Parent() r: Referral) {
    return this.referralService.steps(ctx, r);
  }
}
