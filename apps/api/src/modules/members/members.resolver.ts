import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipRole, Permission } from '@lalaland/shared';
import { Public, RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Viewer, User, Membership, MembershipRoleEnum } from '../auth';
import { Organization } from '../organizations';
import { Invitation } from './invitation.entity';
import {
  AcceptInvitationInput,
  InvitationPreview,
  InvitationResult,
  InviteMemberInput,
  MembersArgs,
  MembershipPage,
  UpdateMemberRoleInput,
} from './members.dto';
import { MembersService } from './members.service';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly service: MembersService) {}

  @Query(() => InvitationPreview, { description: 'Shows an invitation to the person holding its link.' })
  @Public()
  invitation(@Ctx() ctx: RequestContext, @TextArg('token', 100) token: string) {
    return this.service.preview(ctx, token);
  }

  @Mutation(() => Viewer, { description: 'Accepts an invitation: sets the password (new account) and signs in.' })
  @Public()
  acceptInvitation(@Ctx() ctx: RequestContext, @Args('input') input: AcceptInvitationInput) {
    return this.service.accept(ctx, input);
  }

  @Mutation(() => InvitationResult)
  @RequirePermission(Permission.MemberManage)
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput) {
    return this.service.invite(ctx, input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.MemberManage)
  revokeInvitation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.revokeInvitation(ctx, id);
  }

  @Mutation(() => Membership)
  @RequirePermission(Permission.MemberManage)
  updateMemberRole(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMemberRoleInput) {
    return this.service.updateRole(ctx, input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.MemberManage)
  removeMember(@Ctx() ctx: RequestContext, @Args('membershipId', { type: () => ID }) membershipId: string) {
    return this.service.remove(ctx, membershipId);
  }

  @ResolveField(() => User)
  @RequirePermission(Permission.Self)
  user(@Ctx() ctx: RequestContext, @Parent() m: Membership) {
    return this.service.userById(ctx).load(m.userId);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.Self)
  organization(@Ctx() ctx: RequestContext, @Parent() m: Membership) {
    return this.service.organizationOf(ctx, m);
  }
}

/** Members and invitations as fields of an organization. */
@Resolver(() => Organization)
export class OrganizationMembersResolver {
  constructor(private readonly service: MembersService) {}

  @ResolveField(() => MembershipPage, { nullable: true, description: "Members (this organization's users and platform admins only)" })
  @RequirePermission(Permission.MemberRead)
  members(@Ctx() ctx: RequestContext, @Parent() org: Organization, @Args() args: MembersArgs) {
    return this.service.list(ctx, org.id, args);
  }

  @ResolveField(() => MembershipRoleEnum, { nullable: true, description: "The caller's role here when it is their active organization" })
  @RequirePermission(Permission.OrganizationRead)
  viewerRole(@Ctx() ctx: RequestContext, @Parent() org: Organization): MembershipRole | null {
    return ctx.activeOrganizationId === org.id ? ctx.role : null;
  }

  @ResolveField(() => [Invitation], { description: 'Open invitations (admins only)' })
  @RequirePermission(Permission.MemberManage)
  pendingInvitations(@Ctx() ctx: RequestContext, @Parent() org: Organization) {
    return this.service.pendingInvitations(ctx, org.id);
  }
}
