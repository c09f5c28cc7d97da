import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission, type MentorKind } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { Organization, OrganizationService } from '../organizations';
import { Programme, ProgrammeService, ProgrammeSession } from '../programmes';
import { Participant, ParticipantService } from '../participants';
import { Mentor, MentorAssignment, MentorCredential, MentorKindEnum } from './mentor.entity';
import { MentorGroup } from './mentor-group.entity';
import { MentorGroupService } from './mentor-group.service';
import {
  AssignmentSteps,
  MentorGroupInput,
  MentorAssignmentPage,
  MentorAssignmentsArgs,
  MentorHours,
  MentorPage,
  MentorsArgs,
  MentorSuggestion,
  RecordMentorInput,
  UpdateMentorInput,
} from './mentors.dto';
import { MentorService } from './mentor.service';
import { MentorAssignmentService } from './mentor-assignment.service';
import { MentorSuggestionService } from './mentor-suggestion.service';
import { TextArg } from '../../core/errors/text-bounds';

@Resolver(() => Mentor)
export class MentorResolver {
  constructor(
    private readonly mentorService: MentorService,
    private readonly assignmentService: MentorAssignmentService,
    private readonly participants: ParticipantService,
    private readonly organizations: OrganizationService,
  ) {}

  @Query(() => MentorPage, {
    description: 'The mentor pool: mentors the active organization holds and those of its streams’ partners (pseudonymous)',
  })
  @RequirePermission(Permission.ProgrammeRead)
  mentors(@Ctx() ctx: RequestContext, @Args() args: MentorsArgs) {
    return this.mentorService.list(ctx, args);
  }

  @Query(() => Mentor)
  @RequirePermission(Permission.ProgrammeRead)
  mentor(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.mentorService.get(ctx, id);
  }

  @Query(() => MentorHours, { description: 'Verified mentor time in a stream, as far as the caller sees the assignments' })
  @RequirePermission(Permission.ProgrammeRead)
  mentorHours(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.assignmentService.hours(ctx, { streamId });
  }

  @Mutation(() => Mentor, { description: 'Records a mentor credential (with evidence) for one of the organization’s participants' })
  @RequirePermission(Permission.ParticipantManage)
  recordMentor(@Ctx() ctx: RequestContext, @Args('input') input: RecordMentorInput) {
    return this.mentorService.record(ctx, input);
  }

  @Mutation(() => Mentor, { description: 'Edits the profile of a mentor the organization holds' })
  @RequirePermission(Permission.ParticipantManage)
  updateMentor(@Ctx() ctx: RequestContext, @Args('input') input: UpdateMentorInput) {
    return this.mentorService.update(ctx, input);
  }

  @ResolveField(() => Participant, { description: 'The person (personal fields as consent and role allow, each read logged)' })
  @RequirePermission(Permission.ProgrammeRead)
  participant(@Ctx() ctx: RequestContext, @Parent() m: Mentor) {
    return this.participants.byId(ctx).load(m.participantId);
  }

  @ResolveField(() => Organization, { description: 'The organization holding the mentor' })
  @RequirePermission(Permission.ProgrammeRead)
  organization(@Ctx() ctx: RequestContext, @Parent() m: Mentor) {
    return this.organizations.byId(ctx).load(m.organizationId);
  }

  @ResolveField(() => Boolean, { description: 'The active organization holds the mentor (edits the profile, replies to assignments)' })
  @RequirePermission(Permission.ProgrammeRead)
  async heldByMe(@Ctx() ctx: RequestContext, @Parent() m: Mentor) {
    return !!(await this.mentorService.granted(ctx, m.id))?.held;
  }

  @ResolveField(() => [MentorCredential])
  @RequirePermission(Permission.ProgrammeRead)
  credentials(@Ctx() ctx: RequestContext, @Parent() m: Mentor) {
    return this.mentorService.credentials(ctx, m.id);
  }

  @ResolveField(() => Int, { description: 'Verified minutes in the assignments the caller sees' })
  @RequirePermission(Permission.ProgrammeRead)
  verifiedMinutes(@Ctx() ctx: RequestContext, @Parent() m: Mentor) {
    return this.assignmentService.verifiedMinutes(ctx, m.id);
  }

  @ResolveField(() => [MentorAssignment], { description: 'Assignments the caller sees, newest session first (1–100)' })
  @RequirePermission(Permission.ProgrammeRead)
  assignments(@Ctx() ctx: RequestContext, @Parent() m: Mentor, @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number) {
    return this.assignmentService.forMentor(ctx, m.id, limit);
  }
}

@Resolver(() => MentorAssignment)
export class MentorAssignmentResolver {
  constructor(
    private readonly mentors: MentorService,
    private readonly assignments: MentorAssignmentService,
    private readonly suggestions: MentorSuggestionService,
  ) {}

  @Query(() => MentorAssignmentPage, {
    description: 'Assignments the caller sees: replies owed for its mentors, or hours to verify for its classes',
  })
  @RequirePermission(Permission.ProgrammeRead)
  mentorAssignments(@Ctx() ctx: RequestContext, @Args() args: MentorAssignmentsArgs) {
    return this.assignments.list(ctx, args);
  }

  @Query(() => [MentorSuggestion], { description: 'Mentors for a session, best first, with the reasons (host staff)' })
  @RequirePermission(Permission.ProgrammeWrite)
  mentorSuggestions(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @TextArg('skills', 50, { list: 20, defaultValue: [] }) skills: string[],
    @Args('limit', { type: () => Int, defaultValue: 10, description: '1–20' }) limit: number,
  ) {
    return this.suggestions.suggest(ctx, sessionId, skills, limit);
  }

  @Mutation(() => MentorAssignment, {
    description:
      'Assigns a mentor of the stream to a session of a class the organization runs; refused above the weekly hours or overlapping another assignment',
  })
  @RequirePermission(Permission.ProgrammeWrite)
  assignMentor(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('mentorId', { type: () => ID }) mentorId: string,
  ) {
    return this.assignments.assign(ctx, sessionId, mentorId);
  }

  @Mutation(() => MentorAssignment, { description: 'The organization holding the mentor confirms or declines for them' })
  @RequirePermission(Permission.ParticipantManage)
  respondMentorAssignment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('accept') accept: boolean) {
    return this.assignments.respond(ctx, id, accept);
  }

  @Mutation(() => MentorAssignment, { description: 'Either side calls an assignment off before the session starts' })
  @RequirePermission(Permission.ProgrammeWrite)
  cancelMentorAssignment(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.assignments.cancel(ctx, id);
  }

  @Mutation(() => MentorAssignment, { description: 'Minutes the mentor gave (0–1440), after the session, until the host verifies them' })
  @RequirePermission(Permission.ParticipantManage)
  logMentorHours(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('minutes', { type: () => Int }) minutes: number,
  ) {
    return this.assignments.logHours(ctx, id, minutes);
  }

  @Mutation(() => MentorAssignment, { description: "The class's host verifies the logged minutes; they count from then" })
  @RequirePermission(Permission.ProgrammeWrite)
  verifyMentorHours(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.assignments.verify(ctx, id);
  }

  @ResolveField(() => Mentor)
  @RequirePermission(Permission.ProgrammeRead)
  mentor(@Ctx() ctx: RequestContext, @Parent() a: MentorAssignment) {
    return this.mentors.byId(ctx).load(a.mentorId);
  }

  @ResolveField(() => ProgrammeSession)
  @RequirePermission(Permission.ProgrammeRead)
  session(@Ctx() ctx: RequestContext, @Parent() a: MentorAssignment) {
    return this.assignments.sessionOf(ctx, a);
  }

  @ResolveField(() => AssignmentSteps, { description: 'What the caller may do with the assignment now' })
  @RequirePermission(Permission.ProgrammeRead)
  async can(@Ctx() ctx: RequestContext, @Parent() a: MentorAssignment): Promise<AssignmentSteps> {
    return this.assignments.steps(ctx, a);
  }
}

@Resolver(() => Programme)
export class ProgrammeMentorResolver {
  constructor(
    private readonly mentors: MentorService,
    private readonly programmes: ProgrammeService,
  ) {}

  @ResolveField(() => MentorKindEnum, { nullable: true, description: 'Completing this programme earns a mentor credential of this kind' })
  @RequirePermission(Permission.ProgrammeRead)
  mentorCourse(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.mentors.courseKind(ctx, p.id);
  }

  @Mutation(() => MentorKindEnum, {
    nullable: true,
    description: 'Marks a programme as a mentor course of a kind (null: no longer one); host staff',
  })
  @RequirePermission(Permission.ProgrammeWrite)
  setMentorCourse(
    @Ctx() ctx: RequestContext,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('kind', { type: () => MentorKindEnum, nullable: true }) kind: MentorKind | null,
  ) {
    return this.mentors.setCourse(ctx, programmeId, kind ?? null);
  }
}

@Resolver(() => ProgrammeSession)
export class SessionMentorResolver {
  constructor(private readonly assignments: MentorAssignmentService) {}

  @ResolveField(() => [MentorAssignment], { description: 'Mentors assigned to the session, as far as the caller sees them' })
  @RequirePermission(Permission.ProgrammeRead)
  mentorAssignments(@Ctx() ctx: RequestContext, @Parent() s: ProgrammeSession) {
    return this.assignments.forSession(ctx, s.id);
  }
}

@Resolver(() => MentorGroup)
export class MentorGroupResolver {
  constructor(private readonly groups: MentorGroupService) {}

  @Query(() => [MentorGroup], { description: 'The mentor groups of the active organization (e.g. its volunteer team)' })
  @RequirePermission(Permission.ProgrammeRead)
  mentorGroups(@Ctx() ctx: RequestContext) {
    return this.groups.list(ctx);
  }

  @Mutation(() => MentorGroup, { description: 'Creates a mentor group (no id) or renames one, sets its coordinator, adds members' })
  @RequirePermission(Permission.ParticipantManage)
  saveMentorGroup(@Ctx() ctx: RequestContext, @Args('input') input: MentorGroupInput) {
    return this.groups.save(ctx, input);
  }

  @ResolveField(() => [Mentor])
  @RequirePermission(Permission.ProgrammeRead)
  members(@Ctx() ctx: RequestContext, @Parent() g: MentorGroup) {
    return this.groups.members(ctx, g.id);
  }

  @ResolveField(() => Mentor, { nullable: true })
  @RequirePermission(Permission.ProgrammeRead)
  coordinator(@Ctx() ctx: RequestContext, @Parent() g: MentorGroup) {
    return this.groups.coordinator(ctx, g);
  }

  @ResolveField(() => Int, { description: "The members' verified minutes" })
  @RequirePermission(Permission.ProgrammeRead)
  verifiedMinutes(@Ctx() ctx: RequestContext, @Parent() g: MentorGroup) {
    return this.groups.verifiedMinutes(ctx, g.id);
  }
}
