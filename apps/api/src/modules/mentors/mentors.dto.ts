import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MENTOR_KINDS, MENTOR_WEEKLY_HOURS, type MentorKind } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { Mentor, MentorAssignment, MentorKindEnum } from './mentor.entity';

export const MentorPage = PageOf(Mentor, 'MentorPage');
export const MentorAssignmentPage = PageOf(MentorAssignment, 'MentorAssignmentPage');

/** The profile fields staff keep (recording a mentor, editing one). */
@InputType({ isAbstract: true })
class MentorProfileFields {
  @Field(() => [String], { nullable: true, description: 'Skills, e.g. 생성형 AI, 스마트폰 (up to 20)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  skills?: string[];

  @Field(() => [String], { nullable: true, description: 'District codes, e.g. 26290' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^\d{5}$/, { each: true })
  districts?: string[];

  @Field(() => [String], { nullable: true, description: 'Languages besides Korean' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @MaxLength(30, { each: true })
  languages?: string[];

  @Field(() => Int, { nullable: true, description: `Hours a week (${MENTOR_WEEKLY_HOURS.min}–${MENTOR_WEEKLY_HOURS.max})` })
  @IsOptional()
  @IsInt()
  @Min(MENTOR_WEEKLY_HOURS.min)
  @Max(MENTOR_WEEKLY_HOURS.max)
  weeklyHours?: number;

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays usually free (1 = Monday … 7 = Sunday)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  availableWeekdays?: number[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({
  description:
    'Records a mentor credential for one of the organization’s participants (with evidence), creating the mentor profile if needed',
})
export class RecordMentorInput extends MentorProfileFields {
  @Field(() => ID)
  @IsUUID()
  participantId!: string;

  @Field(() => MentorKindEnum)
  @IsIn(MENTOR_KINDS)
  kind!: MentorKind;

  @Field(() => String, { description: 'What shows the credential, e.g. a certificate number or the training record' })
  @IsNotEmpty()
  @MaxLength(500)
  evidence!: string;
}

@InputType()
export class UpdateMentorInput extends MentorProfileFields {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class MentorsArgs extends PageArgs {
  @Field(() => MentorKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(MENTOR_KINDS)
  kind?: MentorKind | null;

  @Field(() => String, { nullable: true, description: 'A skill, e.g. AI' })
  @IsOptional()
  @MaxLength(60)
  skill?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only mentors the active organization holds' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@ArgsType()
export class MentorAssignmentsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only assignments of mentors the active organization holds that wait for a reply' })
  @IsOptional()
  @IsBoolean()
  awaitingReply?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only assignments whose logged hours wait for the host to verify them' })
  @IsOptional()
  @IsBoolean()
  awaitingVerification?: boolean | null;
}

@ObjectType({ description: 'A mentor suggested for a session, with the reasons of the rank' })
export class MentorSuggestion {
  @Field(() => Mentor)
  mentor!: Mentor;

  @Field(() => Int, { description: 'Higher is better: skill matches ×3, district ×2, free that weekday ×1, minus the week’s load' })
  score!: number;

  @Field(() => [String], { description: 'The skills asked for that the mentor has' })
  matchedSkills!: string[];

  @Field(() => Boolean, { description: 'Works in the district of the class’s host' })
  inDistrict!: boolean;

  @Field(() => Boolean, { description: 'Usually free on the session’s weekday' })
  availableThatDay!: boolean;

  @Field(() => Int, { description: 'Minutes already assigned in the session’s week' })
  weekMinutes!: number;

  @Field(() => Int, { description: 'The mentor’s weekly hours in minutes' })
  capacityMinutes!: number;
}

@ObjectType({ description: 'Verified mentor time' })
export class MentorHours {
  @Field(() => Int)
  verifiedMinutes!: number;

  @Field(() => Int, { description: 'Assignments whose hours were verified' })
  sessions!: number;

  @Field(() => Int, { description: 'Mentors with verified hours' })
  mentors!: number;
}

@ObjectType({ description: 'What the caller may do with an assignment in its current state' })
export class AssignmentSteps {
  @Field(() => Boolean, { description: 'Confirm or decline for the mentor (the organization holding them)' })
  reply!: boolean;

  @Field(() => Boolean, { description: 'Call it off (either side, before the session)' })
  cancel!: boolean;

  @Field(() => Boolean, { description: 'Log the minutes given (either side, until verified)' })
  log!: boolean;

  @Field(() => Boolean, { description: "Verify the logged minutes (the class's host)" })
  verify!: boolean;
}

@InputType({ description: 'A new mentor group (no id) or changes to one; members are added, never removed here' })
export class MentorGroupInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'A member who coordinates the group' })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Mentors the organization holds (up to 200)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  memberIds?: string[];
}
