import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BUDGET_CATEGORIES, EXPENDITURE_STATUSES, FUNDING_SOURCES } from '@lalaland/shared';
import type { BudgetCategory, ExpenditureStatus, FundingSource } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { WonScalar, wonColumn } from '../../core/graphql/won.scalar';
import { Organization } from '../organizations';
import { FundingStream } from './funding-stream.entity';

export const BudgetCategoryEnum = graphqlEnum(BUDGET_CATEGORIES, 'BudgetCategory', '비목 (expense category)');
export const FundingSourceEnum = graphqlEnum(FUNDING_SOURCES, 'FundingSource', 'Where the money comes from');
export const ExpenditureStatusEnum = graphqlEnum(EXPENDITURE_STATUSES, 'ExpenditureStatus', 'DRAFT → SUBMITTED → APPROVED / REJECTED');

@ObjectType({ description: 'Planned amount of one organization in a stream for one 비목 and source.' })
@Entity('budget_line')
@Index('budget_line_key', ['streamId', 'organizationId', 'category', 'source'], { unique: true })
@Index('budget_line_org_idx', ['organizationId'])
@Check('budget_line_planned_check', 'planned_amount >= 0')
// Referenced by expenditure's (budget_line_id, stream_id, organization_id): an expenditure is always in its line's stream and organization.
@Unique('budget_line_scope_key', ['id', 'streamId', 'organizationId'])
export class BudgetLine extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => BudgetCategoryEnum)
  @Column({ type: 'enum', enum: BUDGET_CATEGORIES, enumName: 'budget_category' })
  category!: BudgetCategory;

  @Field(() => FundingSourceEnum)
  @Column({ type: 'enum', enum: FUNDING_SOURCES, enumName: 'funding_source' })
  source!: FundingSource;

  @Field(() => WonScalar)
  @Column({ type: 'bigint', transformer: wonColumn })
  plannedAmount!: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Field(() => Boolean, {
    description:
      'Copied from last year’s plan when the year opened: a draft (nothing spent on it) until the lead confirms its organization',
  })
  @Column({ type: 'boolean', default: false })
  carried!: boolean;

  @Field(() => Boolean, { description: 'Demo data, not a real figure' })
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;
}

@ObjectType({ description: 'Money spent against a budget line; counts towards execution once approved by the lead.' })
@Entity('expenditure')
@Index('expenditure_line_status_idx', ['budgetLineId', 'status'])
@Index('expenditure_stream_status_idx', ['streamId', 'status'])
@Check('expenditure_amount_check', 'amount > 0')
export class Expenditure extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  budgetLineId!: string;

  /** The line, its stream and its organization together: the database refuses an expenditure moved out of its line's stream or organization. */
  @ManyToOne(() => BudgetLine, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'budget_line_id', referencedColumnName: 'id', foreignKeyConstraintName: 'expenditure_line_scope_fkey' },
    { name: 'stream_id', referencedColumnName: 'streamId', foreignKeyConstraintName: 'expenditure_line_scope_fkey' },
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'expenditure_line_scope_fkey' },
  ])
  budgetLine?: BudgetLine;

  /** Copied from the line, for scoping queries without a join (kept equal to it by the foreign key above). */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @Field(() => WonScalar)
  @Column({ type: 'bigint', transformer: wonColumn })
  amount!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  spentOn!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Evidence document reference (receipt, contract number)' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  evidenceRef!: string | null;

  @Field(() => String, { nullable: true, description: 'e나라도움 execution number' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  enaraNumber!: string | null;

  @Field(() => ExpenditureStatusEnum)
  @Column({ type: 'enum', enum: EXPENDITURE_STATUSES, enumName: 'expenditure_status', default: 'DRAFT' })
  status!: ExpenditureStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  rejectReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
