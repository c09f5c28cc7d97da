import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AGE_BANDS, EDUCATION_DOMAINS, PILLARS, PROGRAMME_FORMATS, PROGRAMME_STATUSES } from '@lalaland/shared';
import type { AgeBand, EducationDomain, Pillar, ProgrammeFormat, ProgrammeStatus } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';

export const PillarEnum = graphqlEnum(PILLARS, 'Pillar', 'LA-LA LAnd pillar: Learn (학습하라), Link (연계하라), Act (활동하라)');
export const EducationDomainEnum = graphqlEnum(EDUCATION_DOMAINS, 'EducationDomain', 'The six statutory domains of lifelong education');
export const ProgrammeFormatEnum = graphqlEnum(PROGRAMME_FORMATS, 'ProgrammeFormat');
export const ProgrammeStatusEnum = graphqlEnum(
  PROGRAMME_STATUSES,
  'ProgrammeStatus',
  'DRAFT → PROPOSED → APPROVED / RETURNED → RECRUITING → RUNNING → COMPLETED / CANCELLED',
);
export const AgeBandEnum = graphqlEnum(AGE_BANDS, 'AgeBand');

@ObjectType({ description: "A stream's programme of work, e.g. LA-LA LAnd or 배움온플러스." })
@Entity('initiative')
@Index('initiative_code_key', ['code'], { unique: true })
@Index('initiative_stream_idx', ['streamId'])
export class Initiative extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  nameKo!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;
}

@ObjectType({ description: "A stream's own classification of programmes (e.g. Yeonje-gu's nine fields); data, not code." })
@Entity('stream_field')
@Index('stream_field_code_key', ['streamId', 'code'], { unique: true })
export class StreamField extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  nameKo!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  nameEn!: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sortOrder!: number;
}

@ObjectType({ description: 'A course or activity run by a host organization within an initiative; capacity is enforced in the database.' })
@Entity('programme')
@Index('programme_stream_status_idx', ['streamId', 'status'])
@Index('programme_host_idx', ['hostOrganizationId'])
@Index('programme_parent_idx', ['parentId'])
@Check('programme_capacity_check', 'capacity > 0')
@Check('programme_seats_check', 'seats_taken >= 0 AND seats_taken <= capacity')
@Check('programme_completion_rate_check', 'completion_rate BETWEEN 1 AND 100')
@Check('programme_period_check', 'ends_on IS NULL OR ends_on >= starts_on')
export class Programme extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => Initiative, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: Initiative;

  /** The initiative's stream, kept on the row so access checks and lists need no join. */
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => ID, { nullable: true, description: 'Parent programme of a subprogramme' })
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Programme;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  titleKo!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Field(() => PillarEnum)
  @Column({ type: 'enum', enum: PILLARS, enumName: 'pillar' })
  pillar!: Pillar;

  @Field(() => EducationDomainEnum)
  @Column({ type: 'enum', enum: EDUCATION_DOMAINS, enumName: 'education_domain' })
  domain!: EducationDomain;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  fieldId!: string | null;

  @ManyToOne(() => StreamField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'field_id' })
  field?: StreamField;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  hostOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_organization_id' })
  host?: Organization;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  targetAudience!: string | null;

  @Field(() => [AgeBandEnum])
  @Column({ type: 'enum', enum: AGE_BANDS, enumName: 'age_band', array: true, default: '{}' })
  ageBands!: AgeBand[];

  @Field(() => ProgrammeFormatEnum)
  @Column({ type: 'enum', enum: PROGRAMME_FORMATS, enumName: 'programme_format' })
  format!: ProgrammeFormat;

  @Field(() => Int)
  @Column({ type: 'int' })
  capacity!: number;

  /** Seats held (ENROLLED and COMPLETED); kept by a database trigger on enrolment, checked by a constraint (GraphQL: ProgrammeResolver.seatsTaken). */
  @Column({ type: 'int', default: 0, insert: false, update: false })
  seatsTaken!: number;

  /* Roll-up counters of the programme's enrolments per status, kept by the statement-level trigger
     enrolment_tally (migration EnrolmentTally) in the same transaction as the change; never written by the app.
     ENROLLED is seats_taken − completed_count − not_completed_count (migration NotCompleted). The list and the dashboards read them instead of counting rows. */
  @Column({ type: 'int', default: 0, insert: false, update: false })
  appliedCount!: number;

  @Column({ type: 'int', default: 0, insert: false, update: false })
  waitlistedCount!: number;

  @Column({ type: 'int', default: 0, insert: false, update: false })
  completedCount!: number;

  @Column({ type: 'int', default: 0, insert: false, update: false })
  droppedCount!: number;

  @Column({ type: 'int', default: 0, insert: false, update: false })
  noShowCount!: number;

  @Column({ type: 'int', default: 0, insert: false, update: false })
  notCompletedCount!: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  targetParticipants!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  targetCompletions!: number | null;

  @Field(() => Int, { description: 'Attendance in percent needed to complete (e.g. 80)' })
  @Column({ type: 'int', default: 80 })
  completionRate!: number;

  @Field(() => Boolean, { description: 'Run every year: copied as a draft into the next year when the stream’s year opens' })
  @Column({ type: 'boolean', default: false })
  recursYearly!: boolean;

  @Field(() => ID, { nullable: true, description: 'The last year’s programme this draft was copied from' })
  @Column({ type: 'uuid', nullable: true })
  copiedFromId!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Field(() => ProgrammeStatusEnum)
  @Column({ type: 'enum', enum: PROGRAMME_STATUSES, enumName: 'programme_status', default: 'DRAFT' })
  status!: ProgrammeStatus;

  @Field(() => String, { nullable: true, description: "The lead's comment when returning a proposal" })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  statusComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field(() => Boolean, { description: 'Demo data, not a real programme' })
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;
}

/** A co-hosting organization (university, company) of a programme. */
@Entity('programme_cohost')
@Index('programme_cohost_org_idx', ['organizationId'])
export class ProgrammeCohost {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
