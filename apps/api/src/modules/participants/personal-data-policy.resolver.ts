import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { PersonalDataDownloads } from './personal-data-downloads';

@ObjectType({ description: "The active organization's rules for personal-data downloads" })
export class PersonalDataPolicy {
  @Field(() => Int, { description: 'A download of more people than this asks for its reason (1,000 unless the organization chose)' })
  bulkReasonThreshold!: number;
}

@Resolver()
export class PersonalDataPolicyResolver {
  constructor(private readonly downloads: PersonalDataDownloads) {}

  @Query(() => PersonalDataPolicy)
  @RequirePermission(Permission.ParticipantManage)
  async personalDataPolicy(@Ctx() ctx: RequestContext): Promise<PersonalDataPolicy> {
    return { bulkReasonThreshold: await this.downloads.threshold(ctx) };
  }

  @Mutation(() => PersonalDataPolicy, { description: "The organization's threshold for asking a download's reason (its admins; audited)" })
  @RequirePermission(Permission.AuditRead)
  async setBulkDownloadThreshold(
    @Ctx() ctx: RequestContext,
    @Args('threshold', { type: () => Int }) threshold: number,
  ): Promise<PersonalDataPolicy> {
    return { bulkReasonThreshold: await this.downloads.setThreshold(ctx, threshold) };
  }
}
