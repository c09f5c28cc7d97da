import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ProgrammeSession, ProgrammeSessionService } from '../programmes';
import { CheckInCodes } from './check-in-codes';

@ObjectType({ description: "The address a session's self check-in QR code carries now (it changes every minute)" })
export class SelfCheckInCode {
  @Field(() => String)
  url!: string;

  @Field(() => DateTimeScalar, { description: 'When to ask for the next one' })
  refreshAt!: Date;
}

@Resolver(() => ProgrammeSession)
export class SessionSelfCheckInResolver {
  constructor(
    private readonly sessions: ProgrammeSessionService,
    private readonly codes: CheckInCodes,
  ) {}

  @ResolveField(() => SelfCheckInCode, {
    nullable: true,
    description: 'The QR code learners scan to mark their own attendance; only for those who take attendance, null for others',
  })
  @RequirePermission(Permission.ProgrammeRead)
  async selfCheckIn(@Ctx() ctx: RequestContext, @Parent() s: ProgrammeSession): Promise<SelfCheckInCode | null> {
    // Those who see the session's staff check-in code take its attendance (the programme's access policy decides).
    if ((await this.sessions.checkInCode(ctx, s)) === null || s.cancelledAt) return null;
    return this.codes.current(s.id);
  }
}
