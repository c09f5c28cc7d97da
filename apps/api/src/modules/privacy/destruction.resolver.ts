import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { PageArgs } from '../../core/graphql/pagination';
import { DestructionDue, DestructionRegisterPage } from './destruction.dto';
import { DestructionService } from './destruction.service';
import { DestructionRegister } from './destruction-register';

@Resolver()
export class DestructionResolver {
  constructor(
    private readonly destruction: DestructionService,
    private readonly register: DestructionRegister,
  ) {}

  @Query(() => [DestructionDue], {
    description: "The dry run: the active organization's people tonight's destruction would reach (at most 200)",
  })
  @RequirePermission(Permission.AuditRead)
  destructionDue(@Ctx() ctx: RequestContext) {
    return this.destruction.due(ctx.activeOrganizationId);
  }

  @Query(() => DestructionRegisterPage, { description: "The active organization's destruction register (파기 대장), newest first" })
  @RequirePermission(Permission.AuditRead)
  destructionRegister(@Ctx() ctx: RequestContext, @Args() page: PageArgs) {
    return this.register.page(ctx, page);
  }

  @Mutation(() => Int, {
    description: "Destroys now what tonight's job would (the active organization's; each one audited and registered)",
  })
  @RequirePermission(Permission.AuditRead)
  destroyDueNow(@Ctx() ctx: RequestContext) {
    return this.destruction.run(ctx, ctx.activeOrganizationId);
  }
}
