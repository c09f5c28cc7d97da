import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { MessageUsage } from './text-message.entity';
import { TextMessages } from './text-messages.service';

@Resolver(() => MessageUsage)
export class MessagingResolver {
  constructor(private readonly texts: TextMessages) {}

  @Query(() => MessageUsage, { description: "An organization's text messages this month against its budget (its members)" })
  @RequirePermission(Permission.OrganizationRead)
  messageUsage(@Ctx() ctx: RequestContext, @Args('organizationId', { type: () => ID }) organizationId: string) {
    return this.texts.usage(ctx, organizationId);
  }

  @Mutation(() => MessageUsage, {
    description: "Sets an organization's monthly text-message budget (platform admins, who hold organization:update; audited)",
  })
  @RequirePermission(Permission.OrganizationUpdate)
  setMessageBudget(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('monthlyLimit', { type: () => Int }) monthlyLimit: number,
  ) {
    return this.texts.setBudget(ctx, organizationId, monthlyLimit);
  }
}
