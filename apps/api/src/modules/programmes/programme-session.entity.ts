import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Programme } from './programme.entity';
import { Venue } from './venue.entity';
import { Instructor } from './instructor.entity';

@ObjectType('ProgrammeSession', { description: 'One meeting of a programme (times in Asia/Seoul on screen, instants in the API).' })
@Entity('programme_session')
@Index('programme_session_programme_idx', ['programmeId', 'startsAt'])
@Index('programme_session_starts_idx', ['startsAt'])
@Index('programme_session_check_in_key', ['checkInCode'], { unique: true })
@Check('programme_session_time_check', 'ends_at > starts_at')
@Exclusion(
  'programme_session_venue_no_overlap',
  `USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("venue_id" IS NOT NULL AND "cancelled_at" IS NULL)`,
)
export class ProgrammeSession extends BaseEntity {
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

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the session was cancelled (its programme was): kept for history, its venue booking released',
  })
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'Sessions generated together from one recurrence share this id' })
  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  /** Entered on a phone to open the session's attendance; shown only to those who take attendance. */
  @Column({ type: 'varchar', length: 8 })
  checkInCode!: string;
}
