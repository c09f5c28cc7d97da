import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { REPORT_KINDS, REPORT_STATUSES, type ReportKind, type ReportStatus } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';
import { FundingStream } from '../funding';

export const ReportKindEnum = graphqlEnum(
  REPORT_KINDS,
  'ReportKind',
  'The Ministry result report, or the national lifelong-education statistics',
);
export const ReportStatusEnum = graphqlEnum(REPORT_STATUSES, 'ReportStatus');

@ObjectType({ description: "A report of a stream's year, generated in the background (progress 0–100) and kept as documents (XLSX, PDF)" })
@Entity('report_run')
@Index('report_run_stream_idx', ['streamId', 'createdAt'])
@Check('report_run_progress_check', 'progress BETWEEN 0 AND 100')
export class ReportRun extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => ReportKindEnum)
  @Column({ type: 'enum', enum: REPORT_KINDS, enumName: 'report_kind' })
  kind!: ReportKind;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  year!: number;

  @Field(() => ReportStatusEnum)
  @Column({ type: 'enum', enum: REPORT_STATUSES, enumName: 'report_status', default: 'QUEUED' })
  status!: ReportStatus;

  @Field(() => Int, { description: 'Percent done' })
  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'The narrative the lead wrote (Markdown-free text)' })
  @Column({ type: 'varchar', length: 20000, nullable: true })
  narrative!: string | null;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (error code)' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  failure!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its year was closed with it: kept as submitted' })
  @Column({ type: 'timestamptz', nullable: true })
  keptAt!: Date | null;
}
