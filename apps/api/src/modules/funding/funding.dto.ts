import { ArgsType, Field, Float, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/errors/validation';
import { BUDGET_CATEGORIES, EXPENDITURE_STATUSES, FUNDING_SOURCES, STREAM_MEMBER_ROLES } from '@lalaland/shared';
import type { BudgetCategory, ExpenditureStatus, FundingSource, StreamMemberRole } from '@lalaland/shared';
import { PageArgs, PageOf } from '../../core/graphql/pagination';
import { WonScalar } from '../../core/graphql/won.scalar';
import { Organization } from '../organizations';
import { BudgetCategoryEnum, Expenditure, ExpenditureStatusEnum, FundingSourceEnum } from './budget-line.entity';
import { StreamMemberRoleEnum } from './funding-stream.entity';

/** Largest amount accepted in one field: ₩100,000,000,000 (a typo guard far above any stream). */
const MAX_WON = 100_000_000_000;

export const ExpenditurePage = PageOf(Expenditure, 'ExpenditurePage');

@ObjectType({ description: 'Planned and executed (approved) amounts; the rate is computed, never stored.' })
export class BudgetTotals {
  @Field(() => WonScalar)
  planned!: number;
  @Field(() => WonScalar, { description: 'Sum of approved expenditures' })
  executed!: number;
  @Field(() => WonScalar, { description: 'Sum of submitted, undecided expenditures' })
  pending!: number;
  @Field(() => Float, { description: 'executed / planned in percent, one decimal' })
  rate!: number;
}

@ObjectType()
export class SourceTotals extends BudgetTotals {
  @Field(() => FundingSourceEnum)
  source!: FundingSource;
}

@ObjectType()
export class CategoryTotals extends BudgetTotals {
  @Field(() => BudgetCategoryEnum)
  category!: BudgetCategory;
}

@ObjectType()
export class OrganizationTotals extends BudgetTotals {
  @Field(() => ID)
  organizationId!: string;
  @Field(() => Organization)
  organization?: Organization;
}

@ObjectType({
  description: "A stream's budget status: totals overall, per source, per 비목 and per organization (as far as the caller may see).",
})
export class BudgetSummary {
  @Field(() => BudgetTotals)
  total!: BudgetTotals;
  @Field(() => [SourceTotals])
  bySource!: SourceTotals[];
  @Field(() => [CategoryTotals])
  byCategory!: CategoryTotals[];
  @Field(() => [OrganizationTotals])
  byOrganization!: OrganizationTotals[];
}

@InputType()
export class AddStreamMemberInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field(() => StreamMemberRoleEnum)
  @IsIn(STREAM_MEMBER_ROLES.filter((r) => r !== 'LEAD'))
  role!: StreamMemberRole;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string | null;
}

@InputType()
export class CreateBudgetLineInput {
  @Field(() => ID)
  @IsUUID()
  streamId!: string;

  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field(() => BudgetCategoryEnum)
  @IsIn(BUDGET_CATEGORIES)
  category!: BudgetCategory;

  @Field(() => FundingSourceEnum)
  @IsIn(FUNDING_SOURCES)
  source!: FundingSource;

  @Field(() => WonScalar)
  @IsInt()
  @Min(0)
  @Max(MAX_WON)
  plannedAmount!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType()
export class UpdateBudgetLineInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => WonScalar, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_WON)
  plannedAmount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a closed year’s line changes (required once the year is closed; recorded and audited)',
  })
  @IsOptional()
  @MaxLength(500)
  correctionReason?: string | null;
}

@InputType()
export class ExpenditureInput {
  @Field(() => ID)
  @IsUUID()
  budgetLineId!: string;

  @Field(() => WonScalar)
  @IsInt()
  @Min(1)
  @Max(MAX_WON)
  amount!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  spentOn!: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(500)
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  evidenceRef?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  enaraNumber?: string | null;

  // Nullable with a default: graphql-jit does not apply defaults of non-null input fields (docs/adr/0002).
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Submit for approval at once instead of saving a draft' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean | null = false;
}

@InputType()
export class UpdateExpenditureInput extends ExpenditureInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class ExpendituresArgs extends PageArgs {
  @Field(() => ExpenditureStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(EXPENDITURE_STATUSES)
  status?: ExpenditureStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}
