import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import type { ProgrammeStatus } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { CachedRead } from '../../core/graphql/response-cache';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext, loadEach } from '../../core/context/request-context';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldsAt } from '../../core/graphql/look-ahead';
import { Organization, OrganizationService } from '../organizations';
import { FundingStream, FundingService } from '../funding';
import { Initiative, Programme, ProgrammeStatusEnum, StreamField } from './programme.entity';
import { Instructor } from './instructor.entity';
import { ProgrammeSession } from './programme-session.entity';
import { Venue } from './venue.entity';
import { CalendarArgs, SessionSeriesInput, UpdateSessionInput } from './programme-session.dto';
import { CreateProgrammeInput, ProgrammePage, ProgrammesArgs, UpdateProgrammeInput } from './programmes.dto';
import { InstructorInput, InstructorPage, InstructorsArgs } from './instructor.dto';
import { ProgrammeService } from './programme.service';
import { ProgrammeLifecycleService } from './programme-lifecycle.service';
import { ProgrammeSessionService } from './programme-session.service';
import { InstructorService } from './instructor.service';
import { visibleProgrammeOf } from './session-rows';
import { VenueService } from './venue.service';
import { outsideCount } from './programme.access';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(
    private readonly programmeService: ProgrammeService,
    private readonly lifecycle: ProgrammeLifecycleService,
    private readonly sessionService: ProgrammeSessionService,
    private readonly fundingService: FundingService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Query(() => ProgrammePage, { description: "Programmes of the active organization's streams, with filters (a ministry: all)" })
  @CachedRead()
  @RequirePermission(Permission.ProgrammeRead)
  programmes(@Ctx() ctx: RequestContext, @Args() args: ProgrammesArgs, @Info() info: GraphQLResolveInfo) {
    const items = fieldsAt(info, ['items']);
    return this.programmeService.list(ctx, args, {
      host: items.has('host'),
      sessions: items.has('sessions') ? fieldsAt(info, ['items', 'sessions']) : undefined,
    });
  }

  @Query(() => Programme)
  @CachedRead()
  @RequirePermission(Permission.ProgrammeRead)
  programme(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.programmeService.get(ctx, id);
  }

  @Query(() => [Programme], { description: "Proposals waiting for the caller's decision (stream lead admins)" })
  @RequirePermission(Permission.ProgrammeApprove)
  programmeApprovalQueue(@Ctx() ctx: RequestContext) {
    return this.programmeService.approvalQueue(ctx);
  }

  @Query(() => [Initiative])
  @CachedRead()
  @RequirePermission(Permission.ProgrammeRead)
  initiatives(@Ctx() ctx: RequestContext) {
    return this.programmeService.initiatives(ctx);
  }

  @Query(() => [StreamField], { description: "A stream's own fields (e.g. Yeonje-gu's nine)" })
  @RequirePermission(Permission.ProgrammeRead)
  streamFields(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.programmeService.streamFields(ctx, streamId);
  }

  @Mutation(() => Programme, { description: 'A draft programme hosted by the active organization' })
  @RequirePermission(Permission.ProgrammeWrite)
  createProgramme(@Ctx() ctx: RequestContext, @Args('input') input: CreateProgrammeInput) {
    return this.lifecycle.create(ctx, input);
  }

  @Mutation(() => Programme)
  @RequirePermission(Permission.ProgrammeWrite)
  updateProgramme(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProgrammeInput) {
    return this.lifecycle.update(ctx, input);
  }

  @Mutation(() => Programme, {
    description:
      "Lifecycle step: the host proposes, opens recruiting, starts, completes or cancels; the stream lead's admins approve or return (comment required)",
  })
  @RequirePermission(Permission.ProgrammeWrite)
  changeProgrammeStatus(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ProgrammeStatusEnum }) status: ProgrammeStatus,
    @TextArg('comment', 500, { nullable: true }) comment?: string | null,
  ) {
    return this.lifecycle.transition(ctx, id, status, comment);
  }

  @ResolveField(() => Initiative)
  @RequirePermission(Permission.ProgrammeRead)
  initiative(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.programmeService.initiativeById(ctx).load(p.initiativeId);
  }

  @ResolveField(() => FundingStream)
  @RequirePermission(Permission.ProgrammeRead)
  stream(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.fundingService.streamById(ctx).load(p.streamId);
  }

  @ResolveField(() => StreamField, { nullable: true })
  @RequirePermission(Permission.ProgrammeRead)
  field(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return p.fieldId ? this.programmeService.fieldById(ctx).load(p.fieldId) : null;
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.ProgrammeRead)
  host(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.organizationService.byId(ctx).load(p.hostOrganizationId);
  }

  @ResolveField(() => [Organization])
  @RequirePermission(Permission.ProgrammeRead)
  async cohosts(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return (await loadEach(this.organizationService.byId(ctx), (await this.programmeService.cohostIds(ctx).load(p.id)) ?? [])).filter(
      (o) => o !== null,
    );
  }

  @ResolveField(() => Programme, { nullable: true })
  @RequirePermission(Permission.ProgrammeRead)
  async parent(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return p.parentId ? ((await this.programmeService.findAccess(ctx, p.parentId))?.programme ?? null) : null;
  }

  @ResolveField(() => [Programme], { description: 'Subprogrammes' })
  @RequirePermission(Permission.ProgrammeRead)
  async children(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    const kids = (await this.programmeService.children(ctx).load(p.id)) ?? [];
    const visible = await this.programmeService.visibleIds(
      ctx,
      kids.map((k) => k.id),
    );
    return kids.filter((k) => visible.has(k.id));
  }

  @ResolveField(() => [ProgrammeSession], { description: 'Sessions in time order' })
  @RequirePermission(Permission.ProgrammeRead)
  sessions(@Ctx() ctx: RequestContext, @Parent() p: Programme, @Info() info: GraphQLResolveInfo) {
    return this.sessionService.ofProgramme(ctx, p, fieldsAt(info, []));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Seats held (ENROLLED and COMPLETED): exact for the host and co-hosts; for others null when 1–4 people (a small count, hidden as in any figure leaving the host)',
  })
  @RequirePermission(Permission.ProgrammeRead)
  async seatsTaken(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return (await this.programmeService.seesRoster(ctx, p.id)) ? p.seatsTaken : outsideCount(p.seatsTaken);
  }

  @ResolveField(() => Boolean, { description: 'The caller runs it (host staff): edit, sessions, attendance, lifecycle' })
  @RequirePermission(Permission.ProgrammeRead)
  async canRun(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return (await this.programmeService.access(ctx, p.id)).runs;
  }

  @ResolveField(() => Boolean, { description: "The caller decides proposals (the stream lead's admins)" })
  @RequirePermission(Permission.ProgrammeRead)
  async canDecide(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return (await this.programmeService.access(ctx, p.id)).approves;
  }

  @ResolveField(() => Boolean, {
    description: "The caller reads and adds to the partners' comments and documents on it (stream members; not a ministry)",
  })
  @RequirePermission(Permission.ProgrammeRead)
  async canDiscuss(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return (await this.programmeService.access(ctx, p.id)).discusses;
  }

  @ResolveField(() => Boolean, { description: 'The caller takes attendance (host or co-host)' })
  @RequirePermission(Permission.ProgrammeRead)
  async canTakeAttendance(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return (await this.programmeService.access(ctx, p.id)).takesAttendance;
  }
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(private readonly fundingService: FundingService) {}

  @ResolveField(() => FundingStream)
  @RequirePermission(Permission.ProgrammeRead)
  stream(@Ctx() ctx: RequestContext, @Parent() i: Initiative) {
    return this.fundingService.streamById(ctx).load(i.streamId);
  }
}

@Resolver(() => ProgrammeSession)
export class ProgrammeSessionResolver {
  constructor(
    private readonly sessionService: ProgrammeSessionService,
    private readonly instructorService: InstructorService,
    private readonly programmeService: ProgrammeService,
    private readonly venueService: VenueService,
  ) {}

  @Query(() => ProgrammeSession)
  @RequirePermission(Permission.ProgrammeRead)
  session(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.sessionService.get(ctx, id);
  }

  @Query(() => [ProgrammeSession], { description: 'Sessions of every visible programme in a window (≤ 62 days): the consortium calendar' })
  @CachedRead()
  @RequirePermission(Permission.ProgrammeRead)
  sessionCalendar(@Ctx() ctx: RequestContext, @Args() args: CalendarArgs) {
    return this.sessionService.calendar(ctx, args);
  }

  @Query(() => ProgrammeSession, { description: 'The session a check-in code opens (for those who take its attendance)' })
  @RequirePermission(Permission.ParticipantManage)
  sessionByCheckInCode(@Ctx() ctx: RequestContext, @TextArg('code', 20) code: string) {
    return this.sessionService.byCheckInCode(ctx, code);
  }

  @Mutation(() => [ProgrammeSession], {
    description: 'A weekly series of sessions; a venue clash on any occurrence saves none (VENUE_CONFLICT)',
  })
  @RequirePermission(Permission.ProgrammeWrite)
  createSessionSeries(@Ctx() ctx: RequestContext, @Args('input') input: SessionSeriesInput) {
    return this.sessionService.createSeries(ctx, input);
  }

  @Mutation(() => ProgrammeSession, { description: 'Changes one occurrence' })
  @RequirePermission(Permission.ProgrammeWrite)
  updateSession(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSessionInput) {
    return this.sessionService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  @RequirePermission(Permission.ProgrammeWrite)
  deleteSession(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.sessionService.remove(ctx, id);
  }

  @ResolveField(() => Programme)
  @RequirePermission(Permission.ProgrammeRead)
  programme(@Ctx() ctx: RequestContext, @Parent() s: ProgrammeSession) {
    return visibleProgrammeOf(s) ?? this.programmeService.get(ctx, s.programmeId);
  }

  @ResolveField(() => Venue, { nullable: true })
  @RequirePermission(Permission.ProgrammeRead)
  venue(@Ctx() ctx: RequestContext, @Parent() s: ProgrammeSession) {
    return s.venueId ? this.venueService.byId(ctx).load(s.venueId) : null;
  }

  @ResolveField(() => Instructor, { nullable: true })
  @RequirePermission(Permission.ProgrammeRead)
  instructor(@Ctx() ctx: RequestContext, @Parent() s: ProgrammeSession) {
    return s.instructorId ? this.instructorService.instructorById(ctx).load(s.instructorId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Entered on a phone to open the attendance screen; only for those who take attendance',
  })
  @RequirePermission(Permission.ProgrammeRead)
  checkInCode(@Ctx() ctx: RequestContext, @Parent() s: ProgrammeSession) {
    return this.sessionService.checkInCode(ctx, s);
  }
}

@Resolver(() => Instructor)
export class InstructorResolver {
  constructor(
    private readonly instructorService: InstructorService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Query(() => InstructorPage, { description: '강사은행: the instructor pool of a stream' })
  @CachedRead()
  @RequirePermission(Permission.ProgrammeRead)
  instructors(@Ctx() ctx: RequestContext, @Args() args: InstructorsArgs) {
    return this.instructorService.instructors(ctx, args);
  }

  @Mutation(() => Instructor)
  @RequirePermission(Permission.ProgrammeWrite)
  createInstructor(@Ctx() ctx: RequestContext, @Args('input') input: InstructorInput) {
    return this.instructorService.createInstructor(ctx, input);
  }

  @ResolveField(() => Organization)
  @RequirePermission(Permission.ProgrammeRead)
  organization(@Ctx() ctx: RequestContext, @Parent() i: Instructor) {
    return this.organizationService.byId(ctx).load(i.organizationId);
  }
}
