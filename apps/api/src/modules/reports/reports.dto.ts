import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { REPORT_KINDS, type ReportKind } from '@lalaland/shared';
import { ReportKindEnum } from './report-run.entity';

@InputType({ description: "A report of a stream's year, to generate in the background" })
export class ReportRequestInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  @Field(() => ReportKindEnum)
  @IsIn(REPORT_KINDS)
  kind!: ReportKind;

  @Field(() => String, { nullable: true, description: "The lead's narrative (plain text, up to 20,000 characters)" })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  narrative?: string | null;
}
