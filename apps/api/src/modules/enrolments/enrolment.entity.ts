import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AGE_BANDS, ATTENDANCE_STATUSES, ENROLMENT_STATUSES, GENDERS } from '@lalaland/shared';
import type { AgeBand, AttendanceStatus, EnrolmentStatus, Gender } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { NUMERIC } from '../../core/database/numeric';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { Programme, AgeBandEnum, ProgrammeSession } from '../programmes';
import { Participant } from '../participants';

export const EnrolmentStatusEnum = graphqlEnum(
  ENROLMENT_STATUSES,
  'EnrolmentStatus',
  'APPLIED → ENROLLED or WAITLISTED → COMPLETED / DROPPED / NO_SHOW',
);
export const AttendanceStatusEnum = graphqlEnum(ATTENDANCE_STATUSES, 'AttendanceStatus');

@ObjectType({ description: 'A participant in a programme. Age band and district are snapshotted when the enrolment is made.' })
@Entity('enrolment')
@Index('enrolment_programme_participant_key', ['programmeId', 'participantId'], { unique: true })
@Index('enrolment_programme_status_idx', ['programmeId', 'status', 'appliedAt'])
@Index('enrolment_participant_idx', ['participantId'])
@Index('enrolment_org_idx', ['organizationId'])
export class Enrolment extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Field(() => ID, { description: "The organization holding the participant's data (the one that enrolled them)" })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => EnrolmentStatusEnum)
  @Column({ type: 'enum', enum: ENROLMENT_STATUSES, enumName: 'enrolment_status' })
  status!: EnrolmentStatus;

  @Field(() => AgeBandEnum)
  @Column({ type: 'enum', enum: AGE_BANDS, enumName: 'age_band' })
  ageBand!: AgeBand;

  /** The participant's gender when enrolled (a trigger copies it; the outcomes roll-ups are keyed by it). Not in the API. */
  @Column({ type: 'enum', enum: GENDERS, enumName: 'gender', nullable: true, insert: false, update: false })
  gender!: Gender | null;

  @Field(() => String, { nullable: true, description: 'District of residence at enrolment' })
  @Column({ type: 'varchar', length: 5, nullable: true })
  districtCode!: string | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  appliedAt!: Date;

  /** Place on the waitlist when not by arrival: a draw's order (drawn first, then later arrivals by time). */
  @Column({ type: 'int', nullable: true })
  queueRank!: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;
}

@ObjectType({ description: 'Attendance of one enrolment at one session.' })
@Entity('attendance')
@Index('attendance_enrolment_idx', ['enrolmentId'])
@Check('attendance_minutes_check', 'minutes >= 0')
export class Attendance {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ProgrammeSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: ProgrammeSession;

  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Field(() => AttendanceStatusEnum)
  @Column({ type: 'enum', enum: ATTENDANCE_STATUSES, enumName: 'attendance_status' })
  status!: AttendanceStatus;

  @Field(() => Int, { description: 'Minutes counted towards hours (the session length when present or late)' })
  @Column({ type: 'int' })
  minutes!: number;

  @Column({ type: 'uuid', nullable: true })
  markedById!: string | null;

  @Field(() => Boolean, { description: 'Marked by the learner with the QR code at the session (until staff change its status)' })
  @Column({ type: 'boolean', default: false })
  selfCheckedIn!: boolean;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'timestamptz' })
  markedAt!: Date;
}

@ObjectType({ description: 'A completion certificate; its code opens the public page /verify/<code>.' })
@Entity('certificate')
@Index('certificate_enrolment_key', ['enrolmentId'], { unique: true })
@Index('certificate_code_key', ['code'], { unique: true })
export class Certificate extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => Enrolment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Field(() => String)
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  /** What the certificate says, fixed at issue: the public page shows this and reads no personal data. */
  @Column({ type: 'varchar', length: 100 })
  holderName!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  programmeTitle!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  issuerName!: string;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 7, scale: 1, transformer: NUMERIC })
  hours!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  issuedOn!: string;
}

@ObjectType({ description: 'What the public verification page shows: only what the certificate says, with the name masked.' })
export class CertificateVerification {
  @Field(() => String)
  code!: string;
  @Field(() => String, {
    nullable: true,
    description: 'e.g. 김*수; null once the holder has withdrawn consent (the certificate is still confirmed)',
  })
  holderName!: string | null;
  @Field(() => String)
  programmeTitle!: string;
  @Field(() => String)
  issuerName!: string;
  @Field(() => Float)
  hours!: number;
  @Field(() => String)
  issuedOn!: string;
}
