import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Programme } from '../programmes';
import { Participant } from '../participants';
import { Enrolment } from '../enrolments';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';

export const APPLICATION_STATUSES = ['PENDING', 'PLACED', 'NOT_SELECTED', 'DECLINED', 'CANCELLED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const ApplicationStatusEnum = graphqlEnum(
  APPLICATION_STATUSES,
  'ApplicationStatus',
  'PENDING: waits for the draw or the review; PLACED: has its enrolment (enrolled or waitlisted); the rest: ended',
);

/**
 * An application begun on the public door, waiting for its phone code: what the person typed (name and number
 * encrypted, bound to this row), the code's hash, tries and expiry. Deleted a day after it was confirmed or expired.
 */
@Entity('application_draft')
@Index('application_draft_phone_idx', ['phoneHash', 'createdAt'])
export class ApplicationDraft {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'application_draft_programme_fk' })
  programme?: Programme;

  @Column({ type: 'char', length: 64 })
  phoneHash!: string;

  @Column({ type: 'varchar', length: 300 })
  phoneEncrypted!: string;

  @Column({ type: 'varchar', length: 300 })
  nameEncrypted!: string;

  @Column({ type: 'smallint' })
  birthYear!: number;

  @Column({ type: 'varchar', length: 5, nullable: true })
  districtCode!: string | null;

  /** The optional consent: to be contacted after the course (follow-ups on work and study). */
  @Column({ type: 'boolean', default: false })
  followUpConsent!: boolean;

  @Column({ type: 'char', length: 64, nullable: true })
  codeHash!: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A citizen's application to a programme (the staff's list, the applicant's own page through their link). */
@ObjectType({ description: 'An application a citizen made on the public door (no personal data: the participant by key)' })
@Entity('application')
@Index('application_programme_person_key', ['programmeId', 'participantId'], { unique: true })
export class Application {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'application_programme_fk' })
  programme?: Programme;

  @Column({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'application_participant_fk' })
  participant?: Participant;

  /** The public receipt number (접수번호): in arrival order, over every programme; the draw's lots are drawn on it. */
  @Field(() => Int)
  @Index('application_number_key', { unique: true })
  @Column({ type: 'int' })
  @Generated('increment')
  number!: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  enrolmentId!: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'application_enrolment_fk' })
  enrolment?: Enrolment | null;

  @Field(() => ApplicationStatusEnum)
  @Column({ type: 'varchar', length: 20 })
  status!: ApplicationStatus;

  @Field(() => Boolean, { description: 'Lives or works in one of the districts the programme gives priority to' })
  @Column({ type: 'boolean', default: false })
  resident!: boolean;

  @Field(() => Int, { nullable: true, description: "The draw's order (1 = first lot)" })
  @Column({ type: 'int', nullable: true })
  drawRank!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reason!: string | null;

  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A lottery programme's draw: the seed fixed (its hash public) when applications open, revealed once drawn. */
@Entity('programme_draw')
export class ProgrammeDraw {
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'programme_draw_programme_fk' })
  programme?: Programme;

  @Column({ type: 'char', length: 64 })
  seed!: string;

  @Column({ type: 'char', length: 64 })
  seedHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  drawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  drawnById!: string | null;
}

@ObjectType({ description: "A lottery's seed hash (public from the start) and, once drawn, the seed itself" })
export class DrawInfo {
  @Field(() => String)
  seedHash!: string;

  @Field(() => String, { nullable: true, description: 'Revealed after the draw: anyone can recompute it' })
  seed!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  drawnAt!: Date | null;
}
