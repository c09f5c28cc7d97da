import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Permission, type DocumentRecordType } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Document, DocumentRecordTypeEnum } from './document.entity';
import { DocumentService } from './document.service';

@Resolver(() => Document)
export class DocumentResolver {
  constructor(private readonly service: DocumentService) {}

  @Query(() => [Document], { description: 'The documents of a record the caller sees (every version, newest first per name; at most 200)' })
  @RequirePermission(Permission.CoordinationRead)
  documents(@Ctx() ctx: RequestContext, @Args('recordType', { type: () => DocumentRecordTypeEnum }) recordType: DocumentRecordType, @Args('recordId', { type: () => ID }) recordId: string) {
    return this.service.list(ctx, recordType, recordId);
  }
}
