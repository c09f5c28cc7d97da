import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { AnswerPrivacyRequestInput, PrivacyRequestItem, RecordPrivacyRequestInput } from './privacy-requests.dto';
import { PrivacyRequests } from './privacy-requests.service';

@ObjectType({ description: "The active organization's open privacy requests against the 10-day deadline (the staff's home)" })
export class PrivacyRequestCounts {
  @Field(() => Int)
  open!: number;
  @Field(() => Int, { description: 'Due within three days' })
  dueSoon!: number;
  @Field(() => Int)
  overdue!: number;
}

@Resolver(() => PrivacyRequestItem)
export class PrivacyRequestsResolver {
  constructor(private readonly requests: PrivacyRequests) {}

  @Query(() => [PrivacyRequestItem], {
    description: 'Requests to see, correct, delete or stop (PIPA) the active organization must answer; open ones first by deadline',
  })
  @RequirePermission(Permission.ParticipantManage)
  privacyRequests(@Ctx() ctx: RequestContext, @Args('open', { type: () => Boolean, defaultValue: true }) open: boolean) {
    return this.requests.list(ctx, open);
  }

  @Query(() => PrivacyRequestCounts)
  @RequirePermission(Permission.ParticipantManage)
  privacyRequestCounts(@Ctx() ctx: RequestContext) {
    return this.requests.openCount(ctx);
  }

  @Mutation(() => PrivacyRequestItem, {
    description:
      'Answers a request for this organization (texted to the person; a deletion done withdraws consents and destroys the record)',
  })
  @RequirePermission(Permission.ParticipantManage)
  answerPrivacyRequest(@Ctx() ctx: RequestContext, @Args('input') input: AnswerPrivacyRequestInput) {
    return this.requests.answer(ctx, input);
  }

  @Mutation(() => PrivacyRequestItem, {
    description: 'Records a request made in person or by phone; it reaches every organization holding the same person',
  })
  @RequirePermission(Permission.ParticipantManage)
  recordPrivacyRequest(@Ctx() ctx: RequestContext, @Args('input') input: RecordPrivacyRequestInput) {
    return this.requests.record(ctx, input);
  }
}
