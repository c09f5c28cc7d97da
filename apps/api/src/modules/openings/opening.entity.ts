import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  EMPLOYMENT_TYPES,
  OPENING_KINDS,
  OPENING_STATUSES,
  type EmploymentType,
  type OpeningKind,
  type OpeningStatus,
} from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';

export const OpeningKindEnum = graphqlEnum(OPENING_KINDS, 'OpeningKind', 'JOB, INTERNSHIP, APPRENTICESHIP, MENTORING');
export const OpeningStatusEnum = graphqlEnum(OPENING_STATUSES, 'OpeningStatus');
export const OpeningEmploymentEnum = graphqlEnum(
  EMPLOYMENT_TYPES,
  'OpeningEmploymentType',
  'The employment a hire becomes (FULL_TIME, PART_TIME, FIXED_TERM)',
);

/** An opening a partner posts to the stream's members: staff refer completers to it through a referral with consent. */
@ObjectType({ description: 'An opening posted by a company or university partner (job, internship, apprenticeship, mentoring).' })
@Entity('opening')
@Index('opening_stream_idx', ['streamId', 'status', 'deadline'])
@Index('opening_org_idx', ['organizationId'])
@Check('opening_places_check', 'places BETWEEN 1 AND 1000')
export class Opening extends BaseEntity {
  @Field(() => ID, { description: 'The posting partner' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => ID, { description: 'The stream whose members see it' })
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => OpeningKindEnum)
  @Column({ type: 'enum', enum: OPENING_KINDS, enumName: 'opening_kind' })
  kind!: OpeningKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 3000, nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'Skills asked for, e.g. 생성형 AI, 엑셀' })
  @Column({ type: 'varchar', length: 60, array: true, default: '{}' })
  skills!: string[];

  @Field(() => [ID], { description: 'Learn programmes whose completers fit' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  programmeIds!: string[];

  @Field(() => OpeningEmploymentEnum, { nullable: true, description: 'What a hire becomes (jobs, internships, apprenticeships)' })
  @Column({ type: 'enum', enum: EMPLOYMENT_TYPES, enumName: 'employment_type', nullable: true })
  employmentType!: EmploymentType | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  places!: number;

  @Field(() => String, { description: 'YYYY-MM-DD: the last day to refer' })
  @Column({ type: 'date' })
  deadline!: string;

  @Field(() => OpeningStatusEnum)
  @Column({ type: 'enum', enum: OPENING_STATUSES, enumName: 'opening_status', default: 'OPEN' })
  status!: OpeningStatus;
}
