import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/validation';
import { AppError } from '../../core/errors/app-error';
import { Type } from 'class-transformer';
import { AGE_BANDS, EDUCATION_DOMAINS, PILLARS, PROGRAMME_FORMATS, PROGRAMME_STATUSES } from '@lalaland/shared';
import type { AgeBand, EducationDomain, Pillar, ProgrammeFormat, ProgrammeStatus } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { AgeBandEnum, EducationDomainEnum, PillarEnum, Programme, ProgrammeFormatEnum, ProgrammeStatusEnum } from './programme.entity';
import { Instructor } from './instructor.entity';

export const ProgrammePage = PageOf(Programme, 'ProgrammePage');
export const InstructorPage = PageOf(Instructor, 'InstructorPage');

@ArgsType()
export class ProgrammesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  streamId?: string | null;

  @Field(() => PillarEnum, { nullable: true })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar | null;

  @Field(() => EducationDomainEnum, { nullable: true })
  @IsOptional()
  @IsIn(EDUCATION_DOMAINS)
  domain?: EducationDomain | null;

  @Field(() => ID, { nullable: true, description: 'Host or co-host organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => [ProgrammeStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(PROGRAMME_STATUSES, { each: true })
  status?: ProgrammeStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Words in the title' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Top-level programmes only (subprogrammes are listed under their parent)' })
  @IsOptional()
  topLevel?: boolean | null;
}

@InputType()
export class ProgrammeFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  titleKo?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => PillarEnum, { nullable: true })
  @IsOptional()
  @IsIn(PILLARS)
  pillar?: Pillar;

  @Field(() => EducationDomainEnum, { nullable: true })
  @IsOptional()
  @IsIn(EDUCATION_DOMAINS)
  domain?: EducationDomain;

  @Field(() => ID, { nullable: true, description: "One of the stream's own fields" })
  @IsOptional()
  @IsUUID()
  fieldId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  targetAudience?: string | null;

  @Field(() => [AgeBandEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(AGE_BANDS, { each: true })
  ageBands?: AgeBand[];

  @Field(() => ProgrammeFormatEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROGRAMME_FORMATS)
  format?: ProgrammeFormat;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  targetParticipants?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  targetCompletions?: number | null;

  @Field(() => Int, { nullable: true, description: 'Attendance percent needed to complete; default 80' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  completionRate?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Co-hosting organizations (members of the stream)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  cohostIds?: string[];
}

@InputType()
export class CreateProgrammeInput extends ProgrammeFieldsInput {
  @Field(() => ID)
  @IsUUID()
  initiativeId!: string;

  @Field(() => ID, { nullable: true, description: 'Parent programme, for a subprogramme' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Platform admins only; otherwise the active organization hosts' })
  @IsOptional()
  @IsUUID()
  hostOrganizationId?: string | null;
}

@InputType()
export class UpdateProgrammeInput extends ProgrammeFieldsInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class InstructorInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @MaxLength(60, { each: true })
  fields?: string[];

  @Field(() => [String], { nullable: true, description: 'District codes, e.g. 26290' })
  @IsOptional()
  @IsArray()
  @Matches(/^\d{5}$/, { each: true })
  districts?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  bio?: string | null;
}

@ArgsType()
export class InstructorsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => String, { nullable: true, description: 'A field (subject), e.g. AI' })
  @IsOptional()
  @MaxLength(60)
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'A district code' })
  @IsOptional()
  @Matches(/^\d{5}$/)
  district?: string | null;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'Where and with whom a session takes place' })
export class SessionPlaceInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'isUrl' })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  instructorId?: string | null;
}

@InputType({ description: 'A weekly series: on the given weekdays (1 = Monday … 7 = Sunday) from the first date, N times, at the same Seoul times.' })
export class SessionSeriesInput extends SessionPlaceInput {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, the first possible day' })
  @IsCalendarDate()
  firstDate!: string;

  @Field(() => [Int], { description: '1 = Monday … 7 = Sunday' })
  @IsArray()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays!: number[];

  @Field(() => Int, { description: 'How many sessions (1–200)' })
  @IsInt()
  @Min(1)
  @Max(200)
  count!: number;

  @Field(() => String, { description: 'HH:MM, Asia/Seoul' })
  @Matches(TIME, { message: 'matches' })
  startTime!: string;

  @Field(() => String, { description: 'HH:MM, Asia/Seoul' })
  @Matches(TIME, { message: 'matches' })
  endTime!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}

@InputType({ description: 'One occurrence changed on its own' })
export class UpdateSessionInput extends SessionPlaceInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  endsAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;
}

/** A window of time: from (inclusive) to (exclusive), at most 62 days (assertWindow). */
@ArgsType()
export class WindowArgs {
  @Field(() => DateTimeScalar, { description: 'Start of the window (inclusive)' })
  @Type(() => Date)
  @IsDate()
  from!: Date;

  @Field(() => DateTimeScalar, { description: 'End of the window (exclusive); at most 62 days after from' })
  @Type(() => Date)
  @IsDate()
  to!: Date;
}

@ArgsType()
export class CalendarArgs extends WindowArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  streamId?: string | null;
}

/** A window of time asked for: from before to, at most 62 days. */
export function assertWindow(args: { from: Date; to: Date }): void {
  if (!(args.to > args.from) || args.to.getTime() - args.from.getTime() > 62 * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'to', problems: ['max'], ko: '기간은 최대 62일입니다.', en: 'The window is at most 62 days.' }] });
  }
}
