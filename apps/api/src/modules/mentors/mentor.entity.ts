import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  AGE_BANDS,
  MENTOR_ASSIGNMENT_STATUSES,
  MENTOR_CREDENTIAL_SOURCES,
  MENTOR_KINDS,
  type AgeBand,
  type MentorAssignmentStatus,
  type MentorCredentialSource,
  type MentorKind,
} from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { AgeBandEnum, Programme, ProgrammeSession } from '../programmes';
import { Participant } from '../participants';
import { Enrolment } from '../enrolments';

export const MentorKindEnum = graphqlEnum(
  MENTOR_KINDS,
  'MentorKind',
  'AI_COACH (AI 학습코치), DIGITAL_MENTOR (디지털 멘토), VOLUNTEER (수업 지원 봉사자)',
);
export const MentorCredentialSourceEnum = graphqlEnum(
  MENTOR_CREDENTIAL_SOURCES,
  'MentorCredentialSource',
  'COURSE: earned by completing a mentor course; RECORDED: recorded by staff with evidence',
);
export const MentorAssignmentStatusEnum = graphqlEnum(
  MENTOR_ASSIGNMENT_STATUSES,
  'MentorAssignmentStatus',
  'ASSIGNED → CONFIRMED / DECLINED; ASSIGNED or CONFIRMED → CANCELLED',
);

/** A programme whose completers become mentors of a kind (the credential is issued on the completion event). */
@ObjectType({ description: 'A programme marked as a mentor course: completing it earns a mentor credential of its kind.' })
@Entity('mentor_course')
@Index('mentor_course_programme_key', ['programmeId'], { unique: true })
export class MentorCourse extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Field(() => MentorKindEnum)
  @Column({ type: 'enum', enum: MENTOR_KINDS, enumName: 'mentor_kind' })
  kind!: MentorKind;
}

/**
 * A participant with a mentor role: one per person, held by the organization that holds the person (their personal
 * data follows the participant's consents and access log). Other organizations of a shared stream see the profile
 * under the pseudonymous key, to deploy the mentor into their classes.
 */
@ObjectType({ description: 'A participant with a mentor role (one per person): skills, districts, languages, weekly time, availability.' })
@Entity('mentor')
@Index('mentor_participant_key', ['participantId'], { unique: true })
@Index('mentor_organization_idx', ['organizationId'])
@Check('mentor_weekly_hours_check', 'weekly_hours BETWEEN 1 AND 40')
export class Mentor extends BaseEntity {
  @Column({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Field(() => ID, { description: 'The organization that holds the person' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => [String], { description: 'e.g. 생성형 AI, 스마트폰, 키오스크' })
  @Column({ type: 'varchar', length: 60, array: true, default: '{}' })
  skills!: string[];

  @Field(() => [String], { description: 'District codes where the mentor can work, e.g. 26290' })
  @Column({ type: 'varchar', length: 5, array: true, default: '{}' })
  districts!: string[];

  @Field(() => [String], { description: 'Languages besides Korean, e.g. English, 베트남어' })
  @Column({ type: 'varchar', length: 30, array: true, default: '{}' })
  languages!: string[];

  @Field(() => AgeBandEnum, { description: 'Generation, from the birth year when the role was given' })
  @Column({ type: 'enum', enum: AGE_BANDS, enumName: 'age_band' })
  ageBand!: AgeBand;

  @Field(() => Int, { description: 'Hours a week the mentor can give (1–40); assignments beyond it are refused' })
  @Column({ type: 'int' })
  weeklyHours!: number;

  @Field(() => [Int], { description: 'ISO weekdays the mentor is usually free (1 = Monday … 7 = Sunday)' })
  @Column({ type: 'smallint', array: true, default: '{}' })
  availableWeekdays!: number[];

  @Field(() => Boolean, { description: 'Takes assignments (an inactive mentor keeps the history)' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'A mentor credential of one kind: earned by completing a mentor course, or recorded by staff with evidence.' })
@Entity('mentor_credential')
@Index('mentor_credential_kind_key', ['mentorId', 'kind'], { unique: true })
export class MentorCredential extends BaseEntity {
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => Mentor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Mentor;

  @Field(() => MentorKindEnum)
  @Column({ type: 'enum', enum: MENTOR_KINDS, enumName: 'mentor_kind' })
  kind!: MentorKind;

  @Field(() => MentorCredentialSourceEnum)
  @Column({ type: 'enum', enum: MENTOR_CREDENTIAL_SOURCES, enumName: 'mentor_credential_source' })
  source!: MentorCredentialSource;

  @Field(() => ID, { nullable: true, description: 'The completed enrolment that earned it (COURSE)' })
  @Column({ type: 'uuid', nullable: true })
  enrolmentId!: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Field(() => String, { nullable: true, description: 'What the staff saw (RECORDED), e.g. a certificate number' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence!: string | null;

  @Field(() => String, { description: 'Calendar day it was earned (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  earnedOn!: string;
}

/**
 * A mentor deployed into a class session. The session's time is copied (`during`, `week`, `minutes`; a trigger keeps
 * them in step when the session moves or is cancelled) so the database itself refuses two live assignments of one
 * mentor that overlap; the weekly capacity is checked with the mentor's row locked.
 */
@ObjectType({
  description: 'A mentor assigned to a class session: confirmed or declined for the mentor, hours logged and verified after it.',
})
@Entity('mentor_assignment')
@Index('mentor_assignment_mentor_week_idx', ['mentorId', 'week'])
@Index('mentor_assignment_session_idx', ['sessionId'])
@Index('mentor_assignment_live_week_idx', ['week', 'mentorId'], { where: `status IN ('ASSIGNED', 'CONFIRMED')` })
@Check('mentor_assignment_minutes_check', 'minutes > 0 AND (logged_minutes IS NULL OR logged_minutes BETWEEN 0 AND 1440)')
@Exclusion(
  'mentor_assignment_no_overlap',
  `USING gist ("mentor_id" WITH =, "during" WITH &&) WHERE ("status" IN ('ASSIGNED', 'CONFIRMED'))`,
)
export class MentorAssignment extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => Mentor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Mentor;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => ProgrammeSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: ProgrammeSession;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Field(() => MentorAssignmentStatusEnum)
  @Column({ type: 'enum', enum: MENTOR_ASSIGNMENT_STATUSES, enumName: 'mentor_assignment_status', default: 'ASSIGNED' })
  status!: MentorAssignmentStatus;

  @Column({ type: 'tstzrange' })
  during!: string;

  @Field(() => String, { description: 'Monday of the session’s week in Seoul (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  week!: string;

  @Field(() => Int, { description: 'Length of the session, counted against the weekly hours' })
  @Column({ type: 'int' })
  minutes!: number;

  @Column({ type: 'uuid', nullable: true })
  assignedById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Minutes the mentor gave, logged after the session' })
  @Column({ type: 'int', nullable: true })
  loggedMinutes!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the host's staff verified the logged minutes (they count from then)" })
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedById!: string | null;
}
