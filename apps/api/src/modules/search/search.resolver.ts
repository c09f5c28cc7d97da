import { Args, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { SearchService } from './search.service';
import { SEARCH_KINDS, type SearchKind } from './search-sources';
import { TextArg } from '../../core/errors/text-bounds';

const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'What kind of record a search hit is' });

@ObjectType({ description: 'A record found by search (one the caller may see)' })
export class SearchHit {
  @Field(() => SearchKindEnum)
  kind!: SearchKind;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Its title or name (a person: the name where the caller holds them, else the pseudonymous key)' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What tells it apart: the host or organization, a venue address, a mentor’s skills, a participant’s key',
  })
  detail!: string | null;

  @Field(() => String, { description: 'Where it is in the portal (a document: its download)' })
  link!: string;

  @Field(() => DateTimeScalar)
  at!: Date;
}

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => [SearchHit], {
    description:
      'Everything the caller may see, by words in it (Korean words of two syllables and more) or by a pseudonymous key: ' +
      'exact titles first, then titles starting with the words, words in the title, words elsewhere; newest first within each',
  })
  @RequirePermission(Permission.CoordinationRead)
  search(
    @Ctx() ctx: RequestContext,
    @TextArg('text', 100) text: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Args('kind', { type: () => SearchKindEnum, nullable: true, description: 'Only this kind of record' }) kind?: SearchKind | null,
  ) {
    return this.service.search(ctx, text, Math.min(Math.max(limit, 1), 50), kind ?? null);
  }
}
