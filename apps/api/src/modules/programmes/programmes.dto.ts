import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/validation';
import { AGE_BANDS, EDUCATION_DOMAINS, PILLARS, PROGRAMME_FORMATS, PROGRAMME_STATUSES } from '@lalaland/shared';
import type { AgeBand, EducationDomain, Pillar, ProgrammeFormat, ProgrammeStatus } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { AgeBandEnum, EducationDomainEnum, PillarEnum, Programme, ProgrammeFormatEnum, ProgrammeStatusEnum } from './programme.entity';

export const ProgrammePage = PageOf(Programme, 'ProgrammePage');

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

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Top-level programmes only (subprogrammes are listed under their parent)',
  })
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

  @Field(() => Boolean, { nullable: true, description: 'Run every year (copied as a draft when the next year opens)' })
  @IsOptional()
  @IsBoolean()
  recursYearly?: boolean;

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
