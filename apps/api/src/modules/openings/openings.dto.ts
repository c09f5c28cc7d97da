import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  EMPLOYMENT_TYPES,
  OPENING_KINDS,
  OPENING_STATUSES,
  type EmploymentType,
  type OpeningKind,
  type OpeningStatus,
} from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { Opening, OpeningEmploymentEnum, OpeningKindEnum, OpeningStatusEnum } from './opening.entity';

export const OpeningPage = PageOf(Opening, 'OpeningPage');

@InputType({ description: 'A new opening (no id) or changes to one the organization posted' })
export class OpeningInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => OpeningKindEnum)
  @IsIn(OPENING_KINDS)
  kind!: OpeningKind;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(3000)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  skills?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  programmeIds?: string[];

  @Field(() => OpeningEmploymentEnum, { nullable: true })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: '1–1000' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  places?: number | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  deadline!: string;

  @Field(() => OpeningStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(OPENING_STATUSES)
  status?: OpeningStatus | null;
}

@ArgsType()
export class OpeningsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only open ones whose deadline has not passed' })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those the active organization posted' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}
