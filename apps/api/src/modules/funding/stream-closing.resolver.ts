import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { FundingStream } from './funding-stream.entity';
import { CloseStreamYearInput, SettlementDraft, StreamClosing } from './stream-closing.dto';
import { StreamClosingService } from './stream-closing.service';

@Resolver(() => FundingStream)
export class StreamClosingResolver {
  constructor(private readonly closings: StreamClosingService) {}

  @ResolveField(() => StreamClosing, {
    nullable: true,
    description: 'The year’s closing (frozen budget execution, settlement, corrections since), or null while it is open',
  })
  @RequirePermission(Permission.FundingRead)
  closing(@Ctx() ctx: RequestContext, @Parent() stream: FundingStream) {
    return this.closings.closingOf(ctx, stream.id);
  }

  @Query(() => [SettlementDraft], {
    description: 'Each source of money’s planned and executed amounts, to settle the year (the lead’s admins)',
  })
  @RequirePermission(Permission.FundingManage)
  settlementDraft(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.closings.draft(ctx, streamId);
  }

  @Mutation(() => FundingStream, {
    description:
      'Closes a stream’s year once its period has ended (the lead’s admins): the settlement recorded, budget execution and KPI ' +
      'actuals frozen, the result report kept as submitted; the year is read-only from then on except corrections with a reason',
  })
  @RequirePermission(Permission.FundingManage)
  closeStreamYear(@Ctx() ctx: RequestContext, @Args('input') input: CloseStreamYearInput) {
    return this.closings.close(ctx, input);
  }
}
