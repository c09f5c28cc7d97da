import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { FUNDING_SOURCES } from '@lalaland/shared';
import type { BudgetCategory, FundingSource } from '@lalaland/shared';
import { WonScalar } from '../../core/graphql/won.scalar';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { BudgetCategoryEnum, FundingSourceEnum } from './budget-line.entity';

const MAX_WON = 100_000_000_000;

@ObjectType({ description: 'One source of money at the end of a year: planned and executed (approved), before settling' })
export class SettlementDraft {
  @Field(() => FundingSourceEnum)
  source!: FundingSource;
  @Field(() => WonScalar)
  planned!: number;
  @Field(() => WonScalar, { description: 'Sum of approved expenditures' })
  executed!: number;
}

@ObjectType({ description: 'How one source of money was settled when the year closed: executed + returned + carried over = planned' })
export class Settlement extends SettlementDraft {
  @Field(() => WonScalar, { description: 'Returned to the treasury (반납)' })
  returned!: number;
  @Field(() => WonScalar, { description: 'Carried over to the next year (이월)' })
  carriedOver!: number;
  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType({ description: 'Budget execution by 비목 and source as it stood when the year closed' })
export class FrozenBudgetRow {
  @Field(() => BudgetCategoryEnum)
  category!: BudgetCategory;
  @Field(() => FundingSourceEnum)
  source!: FundingSource;
  @Field(() => WonScalar)
  planned!: number;
  @Field(() => WonScalar)
  executed!: number;
}

@ObjectType({ description: 'A change to a closed year, with its reason' })
export class StreamCorrection {
  @Field(() => DateTimeScalar)
  at!: Date;
  @Field(() => String, { description: 'What was corrected (budget_line, …)' })
  entityType!: string;
  @Field(() => ID)
  entityId!: string;
  @Field(() => String)
  reason!: string;
  @Field(() => String, { nullable: true, description: 'Who corrected it' })
  by!: string | null;
}

@ObjectType({ description: 'A closed year: its frozen figures, its settlement, its corrections since' })
export class StreamClosing {
  @Field(() => DateTimeScalar)
  closedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who closed it' })
  closedBy!: string | null;
  @Field(() => String, { nullable: true })
  note!: string | null;
  @Field(() => [FrozenBudgetRow])
  budget!: FrozenBudgetRow[];
  @Field(() => [Settlement])
  settlement!: Settlement[];
  @Field(() => [StreamCorrection])
  corrections!: StreamCorrection[];
}

@InputType()
export class SettlementInput {
  @Field(() => FundingSourceEnum)
  @IsIn(FUNDING_SOURCES)
  source!: FundingSource;

  @Field(() => WonScalar, { description: 'Returned to the treasury (반납)' })
  @IsInt()
  @Min(0)
  @Max(MAX_WON)
  returned!: number;

  @Field(() => WonScalar, { description: 'Carried over to the next year (이월)' })
  @IsInt()
  @Min(0)
  @Max(MAX_WON)
  carriedOver!: number;

  @Field(() => String, { nullable: true, description: 'Why (required when anything is returned or carried over)' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class CloseStreamYearInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => [SettlementInput], { description: 'One row per source of money the year planned' })
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SettlementInput)
  settlement!: SettlementInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
