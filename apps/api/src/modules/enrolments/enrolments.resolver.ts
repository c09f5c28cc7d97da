import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import type { EnrolmentStatus } from '@lalaland/shared';
import { Public, RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Programme, ProgrammeService, ProgrammeSession } from '../programmes';
import { Participant, ParticipantService } from '../participants';
import { Certificate, CertificateVerification, Enrolment, EnrolmentStatusEnum } from './enrolment.entity';
import { AttendanceSheet, AttendanceSummary, EnrolmentCounts, EnrolmentPage, RecordAttendanceInput, RosterArgs } from './enrolments.dto';
import { EnrolmentService } from './enrolment.service';
import { AttendanceService } from './attendance.service';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  constructor(
    private readonly enrolmentService: EnrolmentService,
    private readonly attendanceService: AttendanceService,
    private readonly programmeService: ProgrammeService,
    private readonly participantService: ParticipantService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Query(() => Enrolment)
  @RequirePermission(Permission.ProgrammeRead)
  enrolment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.enrolmentService.get(ctx, id);
  }

  @Mutation(() => Enrolment, {
    description:
      "Enrols one of the organization's participants: ENROLLED while seats last, then WAITLISTED (APPLIED before recruiting opens)",
  })
  @RequirePermission(Permission.ParticipantManage)
  enrol(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('participantId', { type: () => ID }) participantId: string,
  ) {
    return this.enrolmentService.enrol(ctx, programmeId, participantId);
  }

  @Mutation(() => Enrolment, { description: 'DROPPED or NO_SHOW; a freed seat goes to the first on the waitlist' })
  @RequirePermission(Permission.ParticipantManage)
  changeEnrolmentStatus(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => EnrolmentStatusEnum }) status: EnrolmentStatus,
  ) {
    return this.enrolmentService.changeStatus(ctx, id, status);
  }

  @Query(() => [Enrolment], {
    description: 'The latest enrolments of the participants the active organization holds (the home of my work), newest first',
  })
  @RequirePermission(Permission.ParticipantManage)
  recentEnrolments(@Ctx() ctx: RequestContext, @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number) {
    return this.enrolmentService.recent(ctx, limit);
  }

  @Query(() => AttendanceSheet, { description: 'The attendance screen of a session (host and co-host staff)' })
  @RequirePermission(Permission.ParticipantManage)
  attendanceSheet(@Ctx() ctx: RequestContext, @Args('sessionId', { type: () => ID }) sessionId: string) {
    return this.attendanceService.sheet(ctx, sessionId);
  }

  @Mutation(() => AttendanceSheet, { description: 'Saves the marks of a whole roster at once' })
  @RequirePermission(Permission.ParticipantManage)
  recordAttendance(@Ctx() ctx: RequestContext, @Args('input') input: RecordAttendanceInput) {
    return this.attendanceService.record(ctx, input);
  }

  @Mutation(() => Int, { description: 'Applies the completion rule now; returns how many completed (and received certificates)' })
  @RequirePermission(Permission.ProgrammeWrite)
  evaluateCompletion(@Ctx() ctx: RequestContext, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return this.enrolmentService.evaluateCompletion(ctx, programmeId);
  }

  @Query(() => CertificateVerification, {
    description:
      'A certificate to print for its holder, with the full name: the organization holding the participant only; the read is logged',
  })
  @RequirePermission(Permission.ParticipantManage)
  certificateToPrint(@Ctx() ctx: RequestContext, @TextArg('code', 64) code: string) {
    return this.enrolmentService.toPrint(ctx, code);
  }

  @Query(() => CertificateVerification, { description: 'Public: what a certificate with this code says (name masked)' })
  @Public()
  verifyCertificate(@TextArg('code', 64) code: string) {
    return this.enrolmentService.verify(code);
  }

  @ResolveField(() => Participant)
  @RequirePermission(Permission.ProgrammeRead)
  participant(@Ctx() ctx: RequestContext, @Parent() e: Enrolment) {
    return this.participantService.byId(ctx).load(e.participantId);
  }

  @ResolveField(() => Programme)
  @RequirePermission(Permission.ProgrammeRead)
  programme(@Ctx() ctx: RequestContext, @Parent() e: Enrolment) {
    return this.programmeService.get(ctx, e.programmeId);
  }

  @ResolveField(() => Organization, { description: 'The organization holding the participant' })
  @RequirePermission(Permission.ProgrammeRead)
  organization(@Ctx() ctx: RequestContext, @Parent() e: Enrolment) {
    return this.organizationService.byId(ctx).load(e.organizationId);
  }

  @ResolveField(() => AttendanceSummary)
  @RequirePermission(Permission.ProgrammeRead)
  attendance(@Ctx() ctx: RequestContext, @Parent() e: Enrolment) {
    return this.enrolmentService.attendance(ctx).load(e.id);
  }

  @ResolveField(() => Certificate, { nullable: true })
  @RequirePermission(Permission.ProgrammeRead)
  certificate(@Ctx() ctx: RequestContext, @Parent() e: Enrolment) {
    return this.enrolmentService.certificateOf(ctx).load(e.id);
  }
}

@Resolver(() => Programme)
export class ProgrammeEnrolmentResolver {
  constructor(private readonly enrolmentService: EnrolmentService) {}

  @ResolveField(() => EnrolmentCounts)
  @RequirePermission(Permission.ProgrammeRead)
  enrolmentCounts(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.enrolmentService.counts(ctx, p);
  }

  @ResolveField(() => EnrolmentPage, {
    nullable: true,
    description: "Roster: all for host and co-hosts, own organization's for other members, null for a ministry",
  })
  @RequirePermission(Permission.ProgrammeRead)
  enrolments(@Ctx() ctx: RequestContext, @Parent() p: Programme, @Args() args: RosterArgs) {
    return this.enrolmentService.roster(ctx, p.id, args);
  }
}

@Resolver(() => Participant)
export class ParticipantEnrolmentResolver {
  constructor(private readonly enrolmentService: EnrolmentService) {}

  @ResolveField(() => [Enrolment], { nullable: true, description: 'Enrolments (the holding organization only)' })
  @RequirePermission(Permission.ProgrammeRead)
  enrolments(@Ctx() ctx: RequestContext, @Parent() p: Participant) {
    return this.enrolmentService.ofParticipant(ctx, p.id);
  }
}

@Resolver(() => ProgrammeSession)
export class SessionAttendanceResolver {
  constructor(private readonly attendanceService: AttendanceService) {}

  @ResolveField(() => Int, { description: 'How many attendance marks were recorded for this session (0 = not taken yet)' })
  @RequirePermission(Permission.ProgrammeRead)
  attendanceMarked(@Ctx() ctx: RequestContext, @Parent() s: ProgrammeSession) {
    return this.attendanceService.marked(ctx).load(s.id);
  }
}
