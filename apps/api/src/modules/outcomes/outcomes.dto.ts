import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
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
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import {
  BUSINESS_NUMBER,
  EMPLOYMENT_TYPES,
  FOLLOW_UP_STATUSES,
  GOAL_KINDS,
  GOAL_STATUSES,
  OUTCOME_KINDS,
  OUTCOME_SOURCES,
  type EmploymentType,
  type FollowUpStatus,
  type GoalKind,
  type GoalStatus,
  type OutcomeKind,
  type OutcomeSource,
} from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import {
  EmploymentTypeEnum,
  FollowUp,
  FollowUpStatusEnum,
  GoalKindEnum,
  GoalStatusEnum,
  OutcomeKindEnum,
  OutcomeSourceEnum,
} from './outcome.entity';

export const FollowUpPage = PageOf(FollowUp, 'FollowUpPage');

@InputType()
export class CounsellingNoteInput {
  @Field(() => ID)
  @IsUUID()
  participantId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  occurredOn!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(4000)
  body!: string;
}

@InputType({ description: 'A new goal (no id) or a change to one (id)' })
export class GoalInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ID)
  @IsUUID()
  participantId!: string;

  @Field(() => GoalKindEnum)
  @IsIn(GOAL_KINDS)
  kind!: GoalKind;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => GoalStatusEnum, { nullable: true, defaultValue: 'OPEN' })
  @IsOptional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  targetOn?: string | null;
}

@InputType()
export class OutcomeInput {
  @Field(() => ID)
  @IsUUID()
  participantId!: string;

  @Field(() => OutcomeKindEnum)
  @IsIn(OUTCOME_KINDS)
  kind!: OutcomeKind;

  @Field(() => EmploymentTypeEnum, { nullable: true, description: 'Required for EMPLOYED' })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType | null;

  @Field(() => String, { nullable: true, description: '000-00-00000 (STARTED_BUSINESS, optional)' })
  @IsOptional()
  @Matches(BUSINESS_NUMBER)
  businessNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for CERTIFIED' })
  @IsOptional()
  @MaxLength(200)
  certificateName?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  evidence?: string | null;

  @Field(() => OutcomeSourceEnum)
  @IsIn(OUTCOME_SOURCES)
  source!: OutcomeSource;

  @Field(() => [ID], { nullable: true, description: 'Programmes of the person’s enrolments that led there' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  programmeIds?: string[];
}

@InputType({ description: 'How a follow-up went; an outcome learnt on the call is recorded with it' })
export class FollowUpResultInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => FollowUpStatusEnum, { description: 'DONE, UNREACHABLE or SKIPPED' })
  @IsIn(FOLLOW_UP_STATUSES.filter((s) => s !== 'PENDING'))
  status!: FollowUpStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => OutcomeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeInput)
  outcome?: OutcomeInput | null;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Only pending ones due within this many days (overdue included), 0–366' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(366)
  dueWithinDays?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only pending ones past their due day (Seoul); false: only pending ones not yet due; none: either',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}
