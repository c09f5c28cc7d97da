import { ArgsType, Extensions, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { KPI_CODES, KPI_DIMENSIONS, KPI_UNITS, type KpiCode, type KpiDimension, type KpiUnit } from '@lalaland/shared';
import { IsCalendarDate } from '../../core/errors/validation';
import { graphqlEnum } from '../../core/graphql/enums';
import { AgeBandEnum } from '../programmes';
import { FundingStream } from '../funding';

export const KpiCodeEnum = graphqlEnum(KPI_CODES, 'KpiCode', 'A figure of the KPI dictionary');
export const KpiUnitEnum = graphqlEnum(KPI_UNITS, 'KpiUnit');
export const KpiDimensionEnum = graphqlEnum(KPI_DIMENSIONS, 'KpiDimension');
export const DASHBOARD_KINDS = ['STREAM', 'CONSORTIUM', 'ORGANIZATION'] as const;
export const DashboardKindEnum = graphqlEnum(
  DASHBOARD_KINDS,
  'DashboardKind',
  "A stream's, the consortium's (every stream I see) or one organization's figures",
);

@ObjectType({ description: 'A KPI of the dictionary: one definition, in words and as the SQL that computes it' })
export class KpiDefinitionType {
  @Field(() => KpiCodeEnum)
  code!: KpiCode;
  @Field()
  nameKo!: string;
  @Field()
  nameEn!: string;
  @Field(() => KpiUnitEnum)
  unit!: KpiUnit;
  @Field({ description: 'UP: higher is better' })
  direction!: string;
  @Field({ description: 'Counts people: suppressed under 5 when shown outside the organization that holds the records' })
  people!: boolean;
  @Field()
  definitionKo!: string;
  @Field()
  definitionEn!: string;
  @Field(() => [String], { description: 'The record types it counts' })
  records!: string[];
  @Field({ description: 'The date that places a record in a period' })
  periodDate!: string;
  @Field({ description: 'The SQL expression that computes it ($1 streams, $2 first day, $3 day after, $4 organization or NULL)' })
  sql!: string;
}

@ObjectType({ description: 'A KPI over the dashboard’s scope and period: actual (from records), target, achievement' })
export class KpiFigure {
  @Field(() => KpiCodeEnum)
  code!: KpiCode;
  @Field(() => Float, { nullable: true, description: 'Null when there is nothing to compute or the count is suppressed' })
  actual!: number | null;
  @Field({ description: 'Fewer than 5 people: hidden' })
  suppressed!: boolean;
  @Field(() => Float, { nullable: true })
  target!: number | null;
  @Field(() => Float, { nullable: true })
  baseline!: number | null;
  @Field(() => Float, { nullable: true, description: 'actual ÷ target, in percent' })
  achievement!: number | null;
}

@ObjectType({
  description: 'One row of a breakdown; a null cell is suppressed (fewer than 5 people, or the cell that would give one away)',
})
export class KpiBreakdownRow {
  @Field({ description: 'The dimension’s value (an id, a code, YYYY-MM); empty for the total' })
  key!: string;
  @Field()
  labelKo!: string;
  @Field()
  labelEn!: string;
  @Field(() => Int, { nullable: true, description: 'Unique people (each counted with their first participation)' })
  participants!: number | null;
  @Field(() => Int, { nullable: true })
  enrolments!: number | null;
  @Field(() => Int, { nullable: true })
  completions!: number | null;
  @Field(() => Float, { nullable: true })
  learningHours!: number | null;
}

@ObjectType()
export class KpiBreakdown {
  @Field(() => KpiDimensionEnum)
  dimension!: KpiDimension;
  @Extensions({ maxItems: 60 })
  @Field(() => [KpiBreakdownRow])
  rows!: KpiBreakdownRow[];
  @Field(() => KpiBreakdownRow)
  total!: KpiBreakdownRow;
}

@ObjectType({ description: 'The generation mix of a programme or activity (Gini–Simpson over age bands, 0–0.75)' })
export class GenerationMixRow {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field(() => Int, { nullable: true })
  people!: number | null;
  @Field(() => Float, { nullable: true })
  mixIndex!: number | null;
}

@ObjectType({ description: 'Mentor × learner age-band pairs (from mentor assignments)' })
export class MentorPairCell {
  @Field(() => AgeBandEnum)
  mentorAgeBand!: string;
  @Field(() => AgeBandEnum)
  learnerAgeBand!: string;
  @Field(() => Int, { nullable: true })
  pairs!: number | null;
}

@ObjectType()
export class StreamFigures {
  @Field(() => FundingStream)
  stream!: FundingStream;
  @Extensions({ maxItems: 18 })
  @Field(() => [KpiFigure])
  figures!: KpiFigure[];
}

@ObjectType({ description: 'A dashboard: figures with targets, breakdowns, generation mix; what it covers follows the access rules' })
export class KpiDashboard {
  @Field(() => DashboardKindEnum)
  kind!: string;
  @Extensions({ maxItems: 20 })
  @Field(() => [FundingStream])
  streams!: FundingStream[];
  @Field(() => ID, { nullable: true })
  organizationId!: string | null;
  @Field(() => Int)
  year!: number;
  @Field(() => Int)
  quarter!: number;
  @Field({ description: 'Small cells are hidden (figures shown outside the organization that holds the records)' })
  suppressed!: boolean;
  @Extensions({ maxItems: 18 })
  @Field(() => [KpiFigure])
  figures!: KpiFigure[];
  @Extensions({ maxItems: 8 })
  @Field(() => [KpiBreakdown])
  breakdowns!: KpiBreakdown[];
  @Extensions({ maxItems: 20 })
  @Field(() => [StreamFigures], { description: 'Per stream (the consortium’s dashboard)' })
  streamFigures!: StreamFigures[];
  @Extensions({ maxItems: 20 })
  @Field(() => [GenerationMixRow])
  programmeMix!: GenerationMixRow[];
  @Extensions({ maxItems: 20 })
  @Field(() => [GenerationMixRow])
  activityMix!: GenerationMixRow[];
  @Extensions({ maxItems: 16 })
  @Field(() => [MentorPairCell])
  mentorPairs!: MentorPairCell[];
}

@ArgsType()
export class DashboardArgsDto {
  @Field(() => DashboardKindEnum)
  @IsIn(DASHBOARD_KINDS)
  kind!: (typeof DASHBOARD_KINDS)[number];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  streamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One organization (a stream dashboard narrowed to it, or the organization dashboard)' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: the stream’s fiscal year' })
  @IsOptional()
  @IsInt()
  @Min(2020)
  @Max(2100)
  year?: number | null;

  @Field(() => Int, { nullable: true, description: '0 or none: the whole year; 1–4: a quarter' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  quarter?: number | null;
}

@InputType({ description: 'One KPI of the targets table: its year (quarter 0) or a quarter; no target removes it' })
export class KpiTargetEntry {
  @Field(() => KpiCodeEnum)
  @IsIn(KPI_CODES)
  kpiCode!: KpiCode;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  quarter?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0)
  @Max(1_000_000_000)
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0)
  @Max(1_000_000_000)
  baseline?: number | null;
}

@InputType({ description: "A stream's target for a KPI and period (no target: removes it)" })
export class KpiTargetInput extends KpiTargetEntry {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;
}

@InputType({ description: "A stream's targets for a year, saved together (all or none)" })
export class KpiTargetsInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  @Field(() => [KpiTargetEntry], { description: '1–200 entries' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => KpiTargetEntry)
  entries!: KpiTargetEntry[];
}

@InputType({ description: "A stream's milestone (new without id)" })
export class KpiMilestoneInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  titleKo!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  titleEn?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  dueOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  doneOn?: string | null;
}
