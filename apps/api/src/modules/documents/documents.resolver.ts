import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, type DocumentRecordType } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Document, DocumentRecordTypeEnum, DocumentStorageUsage } from './document.entity';
import { Organization } from '../organizations';
import { DocumentService } from './document.service';

@Resolver(() => Document)
export class DocumentResolver {
  constructor(private readonly service: DocumentService) {}

  @Query(() => [Document], { description: 'The documents of a record the caller sees (every version, newest first per name; at most 200)' })
  @RequirePermission(Permission.CoordinationRead)
  documents(
    @Ctx() ctx: RequestContext,
    @Args('recordType', { type: () => DocumentRecordTypeEnum }) recordType: DocumentRecordType,
    @Args('recordId', { type: () => ID }) recordId: string,
  ) {
    return this.service.list(ctx, recordType, recordId);
  }
}

/** An organization's document storage: what it uses against its quota (its own members and platform admins), and the quota's setting. */
@Resolver(() => Organization)
export class OrganizationDocumentsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => DocumentStorageUsage, {
    nullable: true,
    description: "What the organization's documents weigh against its quota (its members and platform admins; null for others)",
  })
  @RequirePermission(Permission.OrganizationRead)
  async documentStorage(@Ctx() ctx: RequestContext, @Parent() org: Organization) {
    return this.service.storageOf(ctx, org.id);
  }

  @Mutation(() => DocumentStorageUsage, { description: "Sets an organization's document quota in megabytes (platform admins)" })
  @RequirePermission(Permission.OrganizationCreate)
  setDocumentQuota(
    @Ctx() ctx: RequestContext,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('megabytes', { type: () => Int }) megabytes: number,
  ) {
    return this.service.setQuota(ctx, organizationId, megabytes);
  }
}
