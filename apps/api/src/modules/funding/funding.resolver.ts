import { CachedRead } from '../../core/graphql/response-cache';
import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, executionRate } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { PageArgs } from '../../core/graphql/pagination';
import { WonScalar } from '../../core/graphql/won.scalar';
import { Organization } from '../organizations';
import { FundingCategory, FundingProgramme } from './funding-programme.entity';
import { FundingStream, StreamMember, StreamMemberRoleEnum } from './funding-stream.entity';
import { BudgetLine, Expenditure } from './budget-line.entity';
import {
  AddStreamMemberInput,
  BudgetSummary,
  CreateBudgetLineInput,
  ExpenditureInput,
  ExpenditurePage,
  ExpendituresArgs,
  OrganizationTotals,
  UpdateBudgetLineInput,
  UpdateExpenditureInput,
} from './funding.dto';
import { FundingService } from './funding.service';
import { BudgetService } from './budget.service';
import { ExpenditureDecisionService } from './expenditure-decision.service';
import { TextArg } from '../../core/errors/text-bounds';
import { StreamYearService } from './stream-year.service';
import { Viewer } from '../auth';

@Resolver(() => FundingStream)
export class FundingStreamResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly budget: BudgetService,
    private readonly streamYears: StreamYearService,
  ) {}

  @Query(() => [FundingStream], { description: 'Streams of the active organization (a ministry and platform admins: all)' })
  @CachedRead()
  @RequirePermission(Permission.FundingRead)
  fundingStreams(@Ctx() ctx: RequestContext) {
    return this.funding.list(ctx);
  }

  @Query(() => FundingStream)
  @RequirePermission(Permission.FundingRead)
  fundingStream(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.funding.get(ctx, id);
  }

  @Mutation(() => FundingStream, {
    description:
      "Opens the stream's next fiscal year from this one (the lead's admins): members carried, budget lines as the plan, initiatives copied",
  })
  @RequirePermission(Permission.FundingManage)
  openNextStreamYear(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.streamYears.openNext(ctx, streamId);
  }

  @Mutation(() => StreamMember, {
    description: "Confirms a membership carried from last year (the lead's admins): its carried budget lines become its plan",
  })
  @RequirePermission(Permission.FundingManage)
  confirmStreamMember(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.funding.confirmMember(ctx, id);
  }

  @Mutation(() => StreamMember, { description: "Adds an organization to a stream (the lead's admins)" })
  @RequirePermission(Permission.FundingManage)
  addStreamMember(@Ctx() ctx: RequestContext, @Args('input') input: AddStreamMemberInput) {
    return this.funding.addMember(ctx, input);
  }

  @Mutation(() => Boolean, { description: "Removes an organization without budget lines from a stream (the lead's admins)" })
  @RequirePermission(Permission.FundingManage)
  removeStreamMember(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.funding.removeMember(ctx, id);
  }

  @ResolveField(() => FundingCategory)
  @RequirePermission(Permission.FundingRead)
  category(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return this.funding.categoryById(ctx).load(s.categoryId);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.FundingRead)
  recipient(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return this.funding.organizationOf(ctx, { organizationId: s.recipientOrganizationId });
  }

  @ResolveField(() => StreamMemberRoleEnum, { nullable: true, description: "The active organization's role in the stream" })
  @RequirePermission(Permission.FundingRead)
  async myRole(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return (await this.funding.access(ctx, s.id)).memberRole;
  }

  @ResolveField(() => Boolean, { description: 'The caller manages this stream (lead admin or platform admin)' })
  @RequirePermission(Permission.FundingRead)
  async canManage(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return (await this.funding.access(ctx, s.id)).manages;
  }

  @ResolveField(() => Int)
  @RequirePermission(Permission.FundingRead)
  memberCount(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return this.funding.memberCount(ctx).load(s.id);
  }

  @ResolveField(() => [StreamMember])
  @RequirePermission(Permission.FundingRead)
  members(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return this.funding.members(ctx, s.id);
  }

  @ResolveField(() => [BudgetLine], {
    description: "Budget lines: all for the lead, a ministry and platform admins; a member's own otherwise",
  })
  @RequirePermission(Permission.FundingRead)
  budgetLines(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return this.funding.budgetLines(ctx, s.id);
  }

  @ResolveField(() => BudgetSummary)
  @RequirePermission(Permission.FundingRead)
  budgetSummary(@Ctx() ctx: RequestContext, @Parent() s: FundingStream) {
    return this.funding.summary(ctx, s.id);
  }

  @ResolveField(() => ExpenditurePage, {
    nullable: true,
    description:
      "Own organization's expenditures; the lead also sees others' submitted and decided ones. Null for a ministry (totals only).",
  })
  @RequirePermission(Permission.FundingRead)
  expenditures(@Ctx() ctx: RequestContext, @Parent() s: FundingStream, @Args() args: ExpendituresArgs) {
    return this.budget.list(ctx, s.id, args);
  }
}

@Resolver(() => FundingCategory)
export class FundingCategoryResolver {
  constructor(private readonly funding: FundingService) {}

  @ResolveField(() => FundingProgramme)
  @RequirePermission(Permission.FundingRead)
  programme(@Ctx() ctx: RequestContext, @Parent() c: FundingCategory) {
    return this.funding.programmeById(ctx).load(c.programmeId);
  }
}

@Resolver(() => StreamMember)
export class StreamMemberResolver {
  constructor(private readonly funding: FundingService) {}

  @ResolveField(() => Organization)
  @RequirePermission(Permission.FundingRead)
  organization(@Ctx() ctx: RequestContext, @Parent() m: StreamMember) {
    return this.funding.organizationOf(ctx, m);
  }
}

@Resolver(() => OrganizationTotals)
export class OrganizationTotalsResolver {
  constructor(private readonly funding: FundingService) {}

  @ResolveField(() => Organization)
  @RequirePermission(Permission.FundingRead)
  organization(@Ctx() ctx: RequestContext, @Parent() t: OrganizationTotals) {
    return this.funding.organizationOf(ctx, t);
  }
}

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly budget: BudgetService,
  ) {}

  @Mutation(() => BudgetLine, { description: "Plans an amount for an organization, 비목 and source (the lead's admins)" })
  @RequirePermission(Permission.FundingManage)
  createBudgetLine(@Ctx() ctx: RequestContext, @Args('input') input: CreateBudgetLineInput) {
    return this.budget.createLine(ctx, input);
  }

  @Mutation(() => BudgetLine, { description: 'Changes the planned amount (never below what is executed) or the note' })
  @RequirePermission(Permission.FundingManage)
  updateBudgetLine(@Ctx() ctx: RequestContext, @Args('input') input: UpdateBudgetLineInput) {
    return this.budget.updateLine(ctx, input);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.FundingRead)
  organization(@Ctx() ctx: RequestContext, @Parent() l: BudgetLine) {
    return this.funding.organizationOf(ctx, l);
  }

  @ResolveField(() => WonScalar, { description: 'Approved expenditures' })
  @RequirePermission(Permission.FundingRead)
  async executed(@Ctx() ctx: RequestContext, @Parent() l: BudgetLine) {
    return (await this.funding.lineTotals(ctx).load(l.id))?.executed ?? 0;
  }

  @ResolveField(() => WonScalar, { description: 'Submitted, not yet decided' })
  @RequirePermission(Permission.FundingRead)
  async pending(@Ctx() ctx: RequestContext, @Parent() l: BudgetLine) {
    return (await this.funding.lineTotals(ctx).load(l.id))?.pending ?? 0;
  }

  @ResolveField(() => WonScalar, { description: 'Planned minus executed' })
  @RequirePermission(Permission.FundingRead)
  async remaining(@Ctx() ctx: RequestContext, @Parent() l: BudgetLine) {
    return l.plannedAmount - ((await this.funding.lineTotals(ctx).load(l.id))?.executed ?? 0);
  }

  @ResolveField(() => Float, { description: 'Execution rate in percent (executed / planned)' })
  @RequirePermission(Permission.FundingRead)
  async rate(@Ctx() ctx: RequestContext, @Parent() l: BudgetLine) {
    return executionRate((await this.funding.lineTotals(ctx).load(l.id))?.executed ?? 0, l.plannedAmount);
  }
}

@Resolver(() => Expenditure)
export class ExpenditureResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly budget: BudgetService,
    private readonly decisions: ExpenditureDecisionService,
  ) {}

  @Query(() => Expenditure)
  @RequirePermission(Permission.FundingRead)
  expenditure(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.budget.get(ctx, id);
  }

  @Query(() => ExpenditurePage, { description: 'Submitted expenditures waiting for a decision in streams the active organization leads' })
  @RequirePermission(Permission.FundingManage)
  approvalQueue(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return this.budget.approvalQueue(ctx, page);
  }

  @Mutation(() => Expenditure, { description: 'Records an expenditure of the active organization as a draft (or submits it)' })
  @RequirePermission(Permission.ExpenditureWrite)
  createExpenditure(@Ctx() ctx: RequestContext, @Args('input') input: ExpenditureInput) {
    return this.budget.create(ctx, input);
  }

  @Mutation(() => Expenditure, { description: 'Edits a draft or rejected expenditure' })
  @RequirePermission(Permission.ExpenditureWrite)
  updateExpenditure(@Ctx() ctx: RequestContext, @Args('input') input: UpdateExpenditureInput) {
    return this.budget.update(ctx, input);
  }

  @Mutation(() => Expenditure)
  @RequirePermission(Permission.ExpenditureWrite)
  submitExpenditure(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.budget.submit(ctx, id);
  }

  @Mutation(() => Boolean, { description: 'Deletes a draft' })
  @RequirePermission(Permission.ExpenditureWrite)
  deleteExpenditure(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.budget.remove(ctx, id);
  }

  @Mutation(() => Expenditure, { description: "Approves a submitted expenditure if the line's budget allows it (the lead's admins)" })
  @RequirePermission(Permission.FundingManage)
  approveExpenditure(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.decisions.approve(ctx, id);
  }

  @Mutation(() => Expenditure, { description: "Rejects a submitted expenditure with a reason (the lead's admins)" })
  @RequirePermission(Permission.FundingManage)
  rejectExpenditure(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('reason', 500, { allowBlank: true }) reason: string,
  ) {
    return this.decisions.reject(ctx, id, reason);
  }

  @Mutation(() => Expenditure, {
    description: 'Takes back an approval or a rejection (the admin who decided, within 10 minutes): the expenditure is submitted again',
  })
  @RequirePermission(Permission.FundingManage)
  undoExpenditureDecision(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.decisions.undoDecision(ctx, id);
  }

  @ResolveField(() => BudgetLine)
  @RequirePermission(Permission.FundingRead)
  budgetLine(@Ctx() ctx: RequestContext, @Parent() e: Expenditure) {
    return this.budget.lineOf(ctx, e);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.FundingRead)
  organization(@Ctx() ctx: RequestContext, @Parent() e: Expenditure) {
    return this.funding.organizationOf(ctx, e);
  }

  @ResolveField(() => FundingStream)
  @RequirePermission(Permission.FundingRead)
  stream(@Ctx() ctx: RequestContext, @Parent() e: Expenditure) {
    return this.funding.streamById(ctx).load(e.streamId);
  }
}

/** What the funding module adds to the signed-in viewer: whether its organization leads a stream (the portal's menu shows approvals, targets and reports to leads). */
@Resolver(() => Viewer)
export class ViewerStreamsResolver {
  constructor(private readonly funding: FundingService) {}

  @ResolveField(() => Boolean, {
    description: 'The active organization leads a funding stream (approvals, targets, reports); true for platform admins',
  })
  @RequirePermission(Permission.Self)
  leadsStream(@Ctx() ctx: RequestContext) {
    return this.funding.leadsAStream(ctx);
  }
}
