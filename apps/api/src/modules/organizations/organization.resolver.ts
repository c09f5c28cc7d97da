import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { CachedRead } from '../../core/graphql/response-cache';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization } from './organization.entity';
import { OrganizationName } from './organization-name.entity';
import { CreateOrganizationInput, OrganizationPage, OrganizationsArgs, UpdateOrganizationInput } from './organization.dto';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Query(() => OrganizationPage, { description: 'The partner directory: search by Korean or English name, filter by kind.' })
  @CachedRead()
  @RequirePermission(Permission.OrganizationRead)
  organizations(@Ctx() ctx: RequestContext, @Args() args: OrganizationsArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => Organization)
  @RequirePermission(Permission.OrganizationRead)
  organization(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => Organization)
  @RequirePermission(Permission.OrganizationCreate)
  createOrganization(@Ctx() ctx: RequestContext, @Args('input') input: CreateOrganizationInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => Organization)
  @RequirePermission(Permission.OrganizationUpdate)
  updateOrganization(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ) {
    return this.service.update(ctx, id, input);
  }

  @ResolveField(() => Organization, { nullable: true })
  @RequirePermission(Permission.OrganizationRead)
  parent(@Ctx() ctx: RequestContext, @Parent() org: Organization) {
    return org.parentId ? this.service.byId(ctx).load(org.parentId) : null;
  }

  @ResolveField(() => [OrganizationName], { description: 'Former names, newest first' })
  @RequirePermission(Permission.OrganizationRead)
  nameHistory(@Ctx() ctx: RequestContext, @Parent() org: Organization) {
    return this.service.nameHistory(ctx, org.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may invite, re-role and remove members here' })
  @RequirePermission(Permission.OrganizationRead)
  viewerCanManageMembers(@Ctx() ctx: RequestContext, @Parent() org: Organization) {
    return this.service.canManageMembers(ctx, org.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may see the member list here' })
  @RequirePermission(Permission.OrganizationRead)
  viewerCanSeeMembers(@Ctx() ctx: RequestContext, @Parent() org: Organization) {
    return this.service.canSeeMembers(ctx, org.id);
  }
}
