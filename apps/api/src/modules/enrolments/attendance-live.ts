import { Args, Context, Field, ID, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { Permission, type AttendanceStatus } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { RequestContextFactory } from '../../core/context/context-factory';
import { stillSignedIn, type LivePubSub } from '../../core/live/still-signed-in';
import { ProgrammeSessionService } from '../programmes';
import { AttendanceStatusEnum } from './enrolment.entity';

/** The live topic of a session's attendance sheet. */
export const attendanceTopic = (sessionId: string) => `attendance:${sessionId}`;

@ObjectType({ description: "A change on a session's attendance sheet: a learner's own check-in, or the staff's save" })
export class AttendanceMark {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => ID, { nullable: true, description: 'The learner who checked in; null when staff saved the sheet' })
  enrolmentId!: string | null;

  @Field(() => AttendanceStatusEnum, { nullable: true })
  status!: AttendanceStatus | null;

  @Field(() => Boolean)
  selfCheckedIn!: boolean;
}

@Resolver(() => AttendanceMark)
export class AttendanceLiveResolver {
  constructor(
    private readonly sessions: ProgrammeSessionService,
    private readonly contexts: RequestContextFactory,
  ) {}

  /** Live over WebSocket (graphql-ws): the sheet's changes as they commit, on whichever replica; for those who take its attendance. */
  @Subscription(() => AttendanceMark, {
    description: "A session's attendance as it changes (learners' QR check-ins, other staff's saves); for those who take it",
  })
  @RequirePermission(Permission.ProgrammeRead)
  async *attendanceMarked(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Context('pubsub') pubsub: LivePubSub,
  ): AsyncGenerator<unknown> {
    // The session's own rule, before anything is sent: another organization's session is NOT_FOUND, a viewer FORBIDDEN.
    await this.sessions.forAttendance(ctx, sessionId);
    for await (const message of await pubsub.subscribe(attendanceTopic(sessionId))) {
      if (!(await stillSignedIn(this.contexts, ctx))) return;
      yield message;
    }
  }
}
