import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organization } from '../organizations';
import { FundingStream } from '../funding';
import { Programme } from './programme.entity';

@ObjectType({ description: 'A learning centre or room of an organization; never double-booked.' })
@Entity('venue')
@Index('venue_org_idx', ['organizationId'])
export class Venue extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;
}

@ObjectType({ description: '강사은행: an instructor in the pool of a stream, assignable to sessions of any member.' })
@Entity('instructor')
@Index('instructor_stream_idx', ['streamId'])
export class Instructor extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => ID, { description: 'Organization that registered the instructor' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Field(() => [String], { description: 'Subjects, e.g. AI, 스마트폰, 문해' })
  @Column({ type: 'varchar', length: 60, array: true, default: '{}' })
  fields!: string[];

  @Field(() => [String], { description: 'District codes where the instructor works, e.g. 26290' })
  @Column({ type: 'varchar', length: 5, array: true, default: '{}' })
  districts!: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  bio!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;
}

@ObjectType('ProgrammeSession', { description: 'One meeting of a programme (times in Asia/Seoul on screen, instants in the API).' })
@Entity('learning_session')
@Index('learning_session_programme_idx', ['programmeId', 'startsAt'])
@Index('learning_session_starts_idx', ['startsAt'])
@Index('learning_session_check_in_key', ['checkInCode'], { unique: true })
@Check('learning_session_time_check', 'ends_at > starts_at')
@Exclusion('learning_session_venue_no_overlap', `USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("venue_id" IS NOT NULL)`)
export class LearningSession extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  venueId!: string | null;

  @ManyToOne(() => Venue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venue_id' })
  venue?: Venue;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  instructorId!: string | null;

  @ManyToOne(() => Instructor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instructor_id' })
  instructor?: Instructor;

  @Field(() => ID, { nullable: true, description: 'Sessions generated together from one recurrence share this id' })
  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  /** Entered on a phone to open the session's attendance; shown only to those who take attendance. */
  @Column({ type: 'varchar', length: 8 })
  checkInCode!: string;
}
