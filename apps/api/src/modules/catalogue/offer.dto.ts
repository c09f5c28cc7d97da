import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { SELECTION_METHODS, type SelectionMethod } from '@lalaland/shared';
import { WonScalar } from '../../core/graphql/won.scalar';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { SelectionMethodEnum } from './offer.entity';

@InputType({ description: 'How the host offers its programme to citizens (the whole offer: what is left out is cleared)' })
export class ProgrammeOfferInput {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;

  @Field(() => Boolean)
  @IsBoolean()
  published!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: '접수 시작' })
  @IsOptional()
  @IsDate()
  applyFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '접수 종료' })
  @IsOptional()
  @IsDate()
  applyUntil?: Date | null;

  @Field(() => SelectionMethodEnum)
  @IsIn(SELECTION_METHODS)
  selection!: SelectionMethod;

  @Field(() => WonScalar, { description: '수강료 in won (0: free)' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  feeWon!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minAge?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  maxAge?: number | null;

  @Field(() => [String], { nullable: true, description: 'District codes whose residents or workers may apply; none: anyone' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(16)
  @Matches(/^\d{5}$/, { each: true })
  districts?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  residentQuota?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many of the host’s programmes per person at once' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  perPersonLimit?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  accessibility?: string | null;

  @Field(() => String, { nullable: true, description: 'The host’s enquiry number' })
  @IsOptional()
  @Matches(/^[0-9-]{7,20}$/)
  contactPhone?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  jobTrainingSupport?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  creditBank?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  learningAccount?: boolean | null;
}
