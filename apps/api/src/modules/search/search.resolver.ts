import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { SearchService, type SearchKind } from './search.service';
import { TextArg } from '../../core/errors/text-bounds';

@ObjectType({ description: 'A record found by search (one the caller may see)' })
export class SearchHit {
  @Field(() => String, { description: 'ANNOUNCEMENT, TASK, MEETING or DOCUMENT' })
  kind!: SearchKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Where it is in the portal (a document: its download)' })
  link!: string;

  @Field(() => DateTimeScalar)
  at!: Date;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => [SearchHit], {
    description: 'Announcements, tasks, meetings and document names the caller may see, by words in them (Korean included); newest first',
  })
  @RequirePermission(Permission.CoordinationRead)
  search(
    @Ctx() ctx: RequestContext,
    @TextArg('text', 100) text: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ) {
    return this.service.search(ctx, text, Math.min(Math.max(limit, 1), 50));
  }
}
