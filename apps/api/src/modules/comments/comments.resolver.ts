import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, type CommentRecordType } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Comment, CommentRecordTypeEnum } from './comment.entity';
import { CommentInput, MentionCandidate } from './comments.dto';
import { CommentService } from './comment.service';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Comment)
export class CommentResolver {
  constructor(
    private readonly service: CommentService,
    private readonly organizations: OrganizationService,
  ) {}

  @Query(() => [Comment], { description: 'The comments on a record the caller sees, oldest first (at most 200)' })
  @RequirePermission(Permission.CoordinationRead)
  comments(
    @Ctx() ctx: RequestContext,
    @Args('recordType', { type: () => CommentRecordTypeEnum }) recordType: CommentRecordType,
    @Args('recordId', { type: () => ID }) recordId: string,
  ) {
    return this.service.list(ctx, recordType, recordId);
  }

  @Query(() => [MentionCandidate], { description: 'People to mention, by name (colleagues of organizations sharing a stream; at most 20)' })
  @RequirePermission(Permission.CoordinationWrite)
  mentionCandidates(@Ctx() ctx: RequestContext, @TextArg('search', 50, { allowBlank: true }) search: string) {
    return this.service.candidates(ctx, search);
  }

  @Mutation(() => Comment)
  @RequirePermission(Permission.CoordinationWrite)
  addComment(@Ctx() ctx: RequestContext, @Args('input') input: CommentInput) {
    return this.service.add(ctx, input);
  }

  @Mutation(() => Comment, { description: 'The author edits their comment (within 60 minutes)' })
  @RequirePermission(Permission.CoordinationWrite)
  editComment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @TextArg('body', 4000) body: string) {
    return this.service.edit(ctx, id, body);
  }

  @Mutation(() => Comment, { description: 'The author deletes their comment (a trace stays)' })
  @RequirePermission(Permission.CoordinationWrite)
  deleteComment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(ctx, id);
  }

  @ResolveField(() => String)
  @RequirePermission(Permission.CoordinationRead)
  authorName(@Ctx() ctx: RequestContext, @Parent() c: Comment) {
    return this.service.authorName(ctx, c);
  }

  @ResolveField(() => Boolean, { description: 'I wrote it (may edit or delete it)' })
  @RequirePermission(Permission.CoordinationRead)
  mine(@Ctx() ctx: RequestContext, @Parent() c: Comment) {
    return c.authorId === ctx.userId;
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.CoordinationRead)
  organization(@Ctx() ctx: RequestContext, @Parent() c: Comment) {
    return this.organizations.byId(ctx).load(c.organizationId);
  }
}
