import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ACTIVITY_KINDS, type ActivityKind, type AgeBand } from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { AgeBandEnum } from '../programmes';
import { Activity, ActivityKindEnum } from './activity.entity';

export const ActivityPage = PageOf(Activity, 'ActivityPage');

@InputType({ description: 'A new activity (no id) or changes to one' })
export class ActivityInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ActivityKindEnum)
  @IsIn(ACTIVITY_KINDS)
  kind!: ActivityKind;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startsOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'A funding stream the organization is in' })
  @IsOptional()
  @IsUUID()
  streamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A participant of the organization who leads it (a club’s leader)' })
  @IsOptional()
  @IsUUID()
  leaderParticipantId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Unregistered people at an open event (0–100000)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  openHeadcount?: number | null;
}

@ArgsType()
export class ActivitiesArgs extends PageArgs {
  @Field(() => ActivityKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(ACTIVITY_KINDS)
  kind?: ActivityKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the active organization’s' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}

@InputType()
export class ActivityPeopleInput {
  @Field(() => ID)
  @IsUUID()
  activityId!: string;

  @Field(() => [ID], { description: 'Participants the organization holds (1–200)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  participantIds!: string[];
}

@InputType({ description: 'The hours one participant gave' })
export class ActivityHoursEntry {
  @Field(() => ID)
  @IsUUID()
  participantId!: string;

  @Field(() => Float, { description: '0–10000, one decimal' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(10_000)
  hours!: number;
}

@InputType({ description: 'Hours of many participants of one activity, saved together (all or none)' })
export class ActivityHoursInput {
  @Field(() => ID)
  @IsUUID()
  activityId!: string;

  @Field(() => [ActivityHoursEntry], { description: '1–500 participants, each once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ActivityHoursEntry)
  entries!: ActivityHoursEntry[];
}

@ObjectType({ description: 'How many people of an age band take part' })
export class GenerationCount {
  @Field(() => AgeBandEnum)
  band!: AgeBand;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Who takes part, in numbers (no one named): registered people by generation, hours, and the open head count' })
export class ActivityFigures {
  @Field(() => Int, { description: 'Registered participants' })
  participants!: number;

  @Field(() => Int, { description: 'Registered participants plus the open head count' })
  people!: number;

  @Field(() => Float)
  hours!: number;

  @Field(() => [GenerationCount])
  generations!: GenerationCount[];

  @Field(() => Float, { nullable: true, description: 'Generation mix index: 0 (one generation) to 0.75 (four equal bands)' })
  mixIndex!: number | null;
}
