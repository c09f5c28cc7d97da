import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { Public, RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { ChangePasswordInput, SignInInput, Viewer } from './auth.dto';
import { AuthService } from './auth.service';

@Resolver(() => Viewer)
export class AuthResolver {
  constructor(private readonly service: AuthService) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in user, or null when signed out.' })
  @Public()
  me(@Ctx() ctx: RequestContext) {
    return this.service.viewer(ctx);
  }

  @Mutation(() => Viewer, { description: 'Signs in with e-mail and password and sets the session cookie.' })
  @Public()
  signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput) {
    return this.service.signIn(ctx, input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.Self)
  signOut(@Ctx() ctx: RequestContext) {
    return this.service.signOut(ctx);
  }

  @Mutation(() => Int, { description: 'Ends every session of the signed-in user; returns how many.' })
  @RequirePermission(Permission.Self)
  signOutEverywhere(@Ctx() ctx: RequestContext) {
    return this.service.signOutEverywhere(ctx);
  }

  @Mutation(() => Boolean, { description: "Changes the password and ends the user's other sessions." })
  @RequirePermission(Permission.Self)
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput) {
    return this.service.changePassword(ctx, input);
  }

  @Mutation(() => Viewer, { description: 'Acts for another organization the user belongs to.' })
  @RequirePermission(Permission.Self)
  switchOrganization(@Ctx() ctx: RequestContext, @Args('organizationId', { type: () => ID }) organizationId: string) {
    return this.service.switchOrganization(ctx, organizationId);
  }
}
