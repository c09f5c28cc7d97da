import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Programme, ProgrammeService } from '../programmes';
import { Opening } from './opening.entity';
import { OpeningInput, OpeningPage, OpeningsArgs } from './openings.dto';
import { OpeningService } from './opening.service';

@Resolver(() => Opening)
export class OpeningResolver {
  constructor(
    private readonly openingService: OpeningService,
    private readonly organizations: OrganizationService,
    private readonly programmeService: ProgrammeService,
  ) {}

  @Query(() => OpeningPage, { description: "Openings of the caller's streams, soonest deadline first" })
  @RequirePermission(Permission.ProgrammeRead)
  openings(@Ctx() ctx: RequestContext, @Args() args: OpeningsArgs) {
    return this.openingService.list(ctx, args);
  }

  @Query(() => Opening)
  @RequirePermission(Permission.ProgrammeRead)
  opening(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.openingService.get(ctx, id);
  }

  @Mutation(() => Opening, { description: 'Posts an opening to a stream the organization is in (no id), or changes one it posted' })
  @RequirePermission(Permission.ProgrammeWrite)
  saveOpening(@Ctx() ctx: RequestContext, @Args('input') input: OpeningInput) {
    return this.openingService.save(ctx, input);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.ProgrammeRead)
  organization(@Ctx() ctx: RequestContext, @Parent() o: Opening) {
    return this.organizations.byId(ctx).load(o.organizationId);
  }

  @ResolveField(() => Boolean, { description: 'The active organization posted it' })
  @RequirePermission(Permission.ProgrammeRead)
  async postedByMe(@Ctx() ctx: RequestContext, @Parent() o: Opening) {
    return !!(await this.openingService.granted(ctx, o.id))?.runs;
  }

  @ResolveField(() => [Programme], { description: 'The Learn programmes it is tied to (those the caller sees)' })
  @RequirePermission(Permission.ProgrammeRead)
  async programmes(@Ctx() ctx: RequestContext, @Parent() o: Opening) {
    const visible = await this.programmeService.visibleIds(ctx, o.programmeIds);
    return Promise.all([...visible].map((id) => this.programmeService.get(ctx, id)));
  }
}
