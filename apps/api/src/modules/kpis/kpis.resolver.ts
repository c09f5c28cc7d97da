import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { KpiMilestone, KpiTarget } from './kpi.entity';
import {
  DashboardArgsDto,
  KpiDashboard,
  KpiFigure,
  KpiDefinitionType,
  KpiMilestoneInput,
  KpiTargetInput,
  KpiTargetsInput,
} from './kpis.dto';
import { KpiService } from './kpi.service';
import { KpiTargetService } from './kpi-targets.service';
import { KpiYearHandler } from './kpi-year.handler';

@Resolver()
export class KpiResolver {
  constructor(
    private readonly service: KpiService,
    private readonly targets: KpiTargetService,
    private readonly years: KpiYearHandler,
  ) {}

  @Query(() => [KpiDefinitionType], { description: 'The KPI dictionary: every figure, its definition and the query that computes it' })
  @RequirePermission(Permission.KpisRead)
  kpiDictionary() {
    return this.service.dictionary();
  }

  @Query(() => KpiDashboard, {
    description: "A dashboard of a stream, the consortium or an organization, as far as the caller's access reaches",
  })
  @RequirePermission(Permission.KpisRead)
  async kpiDashboard(@Ctx() ctx: RequestContext, @Args() args: DashboardArgsDto): Promise<KpiDashboard> {
    const d = await this.service.dashboard(ctx, args);
    return {
      kind: d.scope.kind,
      streams: d.scope.streams,
      organizationId: d.scope.organizationId,
      year: d.scope.year,
      quarter: d.scope.quarter,
      suppressed: d.scope.suppress,
      figures: d.figures,
      breakdowns: d.breakdowns,
      streamFigures: d.streamFigures,
      programmeMix: d.programmeMix,
      activityMix: d.activityMix,
      mentorPairs: d.mentorPairs,
    };
  }

  @Query(() => [KpiFigure], {
    description: "A closed year's KPI figures as frozen when it closed, against its targets (empty while the year is open)",
  })
  @RequirePermission(Permission.KpisRead)
  frozenKpis(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.years.frozen(ctx, streamId);
  }

  @Query(() => [KpiTarget], { description: "A stream's targets for a year (the whole year and its quarters)" })
  @RequirePermission(Permission.KpisRead)
  kpiTargets(
    @Ctx() ctx: RequestContext,
    @Args('streamId', { type: () => ID }) streamId: string,
    @Args('year', { type: () => Int }) year: number,
  ) {
    return this.targets.targets(ctx, streamId, year);
  }

  @Mutation(() => KpiTarget, {
    nullable: true,
    description: "Sets a stream's target for a KPI and period, or removes it (the lead's admins; audited)",
  })
  @RequirePermission(Permission.KpisManage)
  setKpiTarget(@Ctx() ctx: RequestContext, @Args('input') input: KpiTargetInput) {
    return this.targets.setTarget(ctx, input);
  }

  @Mutation(() => [KpiTarget], {
    description: "Sets a stream's targets for a year together, the whole table in one save (the lead's admins; audited; all or none)",
  })
  @RequirePermission(Permission.KpisManage)
  setKpiTargets(@Ctx() ctx: RequestContext, @Args('input') input: KpiTargetsInput) {
    return this.targets.setTargets(ctx, input);
  }

  @Query(() => [KpiMilestone])
  @RequirePermission(Permission.KpisRead)
  kpiMilestones(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.targets.milestones(ctx, streamId);
  }

  @Mutation(() => KpiMilestone, { description: "Adds or edits a stream's milestone (the lead's admins; audited)" })
  @RequirePermission(Permission.KpisManage)
  saveKpiMilestone(@Ctx() ctx: RequestContext, @Args('input') input: KpiMilestoneInput) {
    return this.targets.saveMilestone(ctx, input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.KpisManage)
  deleteKpiMilestone(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.targets.removeMilestone(ctx, id);
  }
}
