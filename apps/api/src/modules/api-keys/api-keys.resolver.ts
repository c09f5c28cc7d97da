import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { ApiKey, ApiKeyStatus } from './api-key.entity';
import { CreateApiKeyInput, CreatedApiKey } from './api-keys.dto';
import { ApiKeyService } from './api-key.service';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly service: ApiKeyService) {}

  @Query(() => [ApiKey], { description: "The active organization's API keys, newest first (its admins)" })
  @RequirePermission(Permission.ApiKeyManage)
  apiKeys(@Ctx() ctx: RequestContext) {
    return this.service.list(ctx);
  }

  @Mutation(() => CreatedApiKey, {
    description:
      'A key for a system of the active organization: chosen permissions (within the creator’s), an expiry; the token is shown once',
  })
  @RequirePermission(Permission.ApiKeyManage)
  createApiKey(@Ctx() ctx: RequestContext, @Args('input') input: CreateApiKeyInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => ApiKey, { description: 'Stops a key at once, on every replica' })
  @RequirePermission(Permission.ApiKeyManage)
  revokeApiKey(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.revoke(ctx, id);
  }

  @ResolveField(() => ApiKeyStatus)
  @RequirePermission(Permission.ApiKeyManage)
  status(@Parent() k: ApiKey) {
    return ApiKeyService.status(k);
  }
}
