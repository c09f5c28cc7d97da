import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { TextArg } from '../../core/errors/text-bounds';
import { AccessReview, AccessReviewMonth } from './access-review.dto';
import { AccessReviewService } from './access-review.service';

@Resolver()
export class AccessReviewResolver {
  constructor(private readonly reviews: AccessReviewService) {}

  @Query(() => AccessReview, { description: "The active organization's personal-data access log for a month (YYYY-MM), for its review" })
  @RequirePermission(Permission.AuditRead)
  accessReview(@Ctx() ctx: RequestContext, @TextArg('month', 7) month: string) {
    return this.reviews.review(ctx, month);
  }

  @Query(() => [AccessReviewMonth], { description: 'The last twelve months: reads and whether each review is signed' })
  @RequirePermission(Permission.AuditRead)
  accessReviewMonths(@Ctx() ctx: RequestContext) {
    return this.reviews.months(ctx);
  }

  @Mutation(() => AccessReview, { description: "The privacy officer signs an ended month's review with a note (kept as written)" })
  @RequirePermission(Permission.AuditRead)
  signAccessReview(@Ctx() ctx: RequestContext, @TextArg('month', 7) month: string, @TextArg('note', 2000) note: string) {
    return this.reviews.sign(ctx, month, note);
  }
}
