import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { NUMERIC } from '../../core/database/numeric';
import { FundingStream } from '../funding';

@ObjectType({
  description: "A stream's target for one KPI in a year (quarter 0) or a quarter, with its baseline; edited by the lead's admins, audited",
})
@Entity('kpi_target')
@Unique('kpi_target_key', ['streamId', 'kpiCode', 'year', 'quarter'])
@Check('kpi_target_quarter_check', 'quarter BETWEEN 0 AND 4')
@Check('kpi_target_values_check', 'target >= 0 AND (baseline IS NULL OR baseline >= 0)')
export class KpiTarget extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  kpiCode!: string;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  year!: number;

  @Field(() => Int, { description: '0: the whole year; 1–4: a quarter' })
  @Column({ type: 'smallint', default: 0 })
  quarter!: number;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 14, scale: 1, transformer: NUMERIC })
  target!: number;

  @Field(() => Float, { nullable: true, description: 'Where the stream started (the last year’s figure, or a survey before the project)' })
  @Column({ type: 'numeric', precision: 14, scale: 1, nullable: true, transformer: NUMERIC })
  baseline!: number | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}

@ObjectType({ description: "A stream's milestone (shown on its public progress page)" })
@Entity('kpi_milestone')
@Index('kpi_milestone_stream_idx', ['streamId', 'dueOn'])
export class KpiMilestone extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  titleKo!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn!: string | null;

  @Field({ description: 'Day it is due (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: 'Day it was reached' })
  @Column({ type: 'date', nullable: true })
  doneOn!: string | null;
}
