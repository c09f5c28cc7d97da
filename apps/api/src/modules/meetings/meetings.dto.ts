import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsNotEmpty, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { MEETING_KINDS, type MeetingKind } from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { Meeting, MeetingKindEnum } from './meeting.entity';

export const MeetingPage = PageOf(Meeting, 'MeetingPage');

@InputType()
export class AgendaItemInput {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  presenter?: string | null;
}

@InputType({ description: 'A new meeting (no id) or changes to one the organization convenes' })
export class MeetingInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => MeetingKindEnum)
  @IsIn(MEETING_KINDS)
  kind!: MeetingKind;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => DateTimeScalar)
  @IsDate()
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  place?: string | null;

  @Field(() => [AgendaItemInput], { nullable: true, description: 'Up to 30 items' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda?: AgendaItemInput[] | null;

  @Field(() => [ID], { description: 'Member organizations of the stream to invite' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  inviteeOrganizationIds!: string[];
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, Seoul); upcoming ones by default' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Until this day (YYYY-MM-DD, Seoul), inclusive' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Past ones, newest first' })
  @IsOptional()
  @IsBoolean()
  past?: boolean | null;
}

@InputType({ description: 'A decision becomes a task for an organization of the meeting’s stream' })
export class DecisionTaskInput {
  @Field(() => ID)
  @IsUUID()
  decisionId!: string;

  @Field(() => ID)
  @IsUUID()
  assigneeOrganizationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;
}
