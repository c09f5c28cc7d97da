import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  EMPLOYMENT_TYPES,
  FOLLOW_UP_STATUSES,
  GOAL_KINDS,
  GOAL_STATUSES,
  OUTCOME_KINDS,
  OUTCOME_SOURCES,
  type EmploymentType,
  type FollowUpStatus,
  type GoalKind,
  type GoalStatus,
  type OutcomeKind,
  type OutcomeSource,
} from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { Programme } from '../programmes';
import { Participant } from '../participants';
import { Enrolment } from '../enrolments';

export const GoalKindEnum = graphqlEnum(GOAL_KINDS, 'GoalKind');
export const GoalStatusEnum = graphqlEnum(GOAL_STATUSES, 'GoalStatus');
export const OutcomeKindEnum = graphqlEnum(
  OUTCOME_KINDS,
  'OutcomeKind',
  'EMPLOYED, STARTED_BUSINESS, CERTIFIED, FURTHER_LEARNING, VOLUNTEERING',
);
export const EmploymentTypeEnum = graphqlEnum(EMPLOYMENT_TYPES, 'EmploymentType');
export const OutcomeSourceEnum = graphqlEnum(
  OUTCOME_SOURCES,
  'OutcomeSource',
  'SELF_REPORTED by the citizen, or VERIFIED against evidence',
);
export const FollowUpStatusEnum = graphqlEnum(FOLLOW_UP_STATUSES, 'FollowUpStatus');

/** Columns every record of a person's journey shares: the person and the organization holding them (who alone sees it). */
@ObjectType({ isAbstract: true })
abstract class HeldRecord extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Field(() => ID, { description: 'The organization holding the person (the only one that sees this record)' })
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}

@ObjectType({ description: 'A counselling note (진로·학습 상담): the holding organization’s staff only; each read is logged.' })
@Entity('counselling_note')
@Index('counselling_note_participant_idx', ['participantId', 'occurredOn'])
export class CounsellingNote extends HeldRecord {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  occurredOn!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 4000 })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;
}

@ObjectType({ description: 'A learning or career goal of a person, with its status.' })
@Entity('goal')
@Index('goal_participant_idx', ['participantId'])
export class Goal extends HeldRecord {
  @Field(() => GoalKindEnum)
  @Column({ type: 'enum', enum: GOAL_KINDS, enumName: 'goal_kind' })
  kind!: GoalKind;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Field(() => GoalStatusEnum)
  @Column({ type: 'enum', enum: GOAL_STATUSES, enumName: 'goal_status', default: 'OPEN' })
  status!: GoalStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  targetOn!: string | null;
}

/** What a person went on to do, linked to the programmes that led there. */
@ObjectType({ description: 'An outcome: employment, a start-up, a certificate, further learning or volunteering, with its evidence.' })
@Entity('outcome')
@Index('outcome_participant_idx', ['participantId', 'occurredOn'])
@Index('outcome_org_kind_idx', ['organizationId', 'kind', 'occurredOn'])
@Check(
  'outcome_details_check',
  `(kind <> 'EMPLOYED' OR employment_type IS NOT NULL) AND (kind <> 'CERTIFIED' OR certificate_name IS NOT NULL)`,
)
export class Outcome extends HeldRecord {
  @Field(() => OutcomeKindEnum)
  @Column({ type: 'enum', enum: OUTCOME_KINDS, enumName: 'outcome_kind' })
  kind!: OutcomeKind;

  @Field(() => EmploymentTypeEnum, { nullable: true })
  @Column({ type: 'enum', enum: EMPLOYMENT_TYPES, enumName: 'employment_type', nullable: true })
  employmentType!: EmploymentType | null;

  @Field(() => String, { nullable: true, description: 'Business registration number (000-00-00000), optional' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  businessNumber!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  certificateName!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  occurredOn!: string;

  @Field(() => String, { nullable: true, description: 'What shows it (a contract, a registration, a certificate number)' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence!: string | null;

  @Field(() => OutcomeSourceEnum)
  @Column({ type: 'enum', enum: OUTCOME_SOURCES, enumName: 'outcome_source' })
  source!: OutcomeSource;

  @Field(() => [ID], { description: 'The programmes (of this person’s enrolments) that led there' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  programmeIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  followUpId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;
}

/** A follow-up after a completion, created on the completion event: +3, +6 and +12 months, once each. */
@ObjectType({ description: 'A follow-up of a completer (3, 6 or 12 months on), due work for the holding organization.' })
@Entity('follow_up')
@Index('follow_up_enrolment_months_key', ['enrolmentId', 'months'], { unique: true })
@Index('follow_up_due_idx', ['organizationId', 'status', 'dueOn'])
@Index('follow_up_ask_token_key', ['askTokenHash'], { unique: true, where: 'ask_token_hash IS NOT NULL' })
export class FollowUp extends HeldRecord {
  @Column({ type: 'uuid' })
  enrolmentId!: string;

  @ManyToOne(() => Enrolment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Field(() => Int, { description: '3, 6 or 12' })
  @Column({ type: 'smallint' })
  months!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  dueOn!: string;

  @Field(() => FollowUpStatusEnum)
  @Column({ type: 'enum', enum: FOLLOW_UP_STATUSES, enumName: 'follow_up_status', default: 'PENDING' })
  status!: FollowUpStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the person was asked by text (a link to a short form)' })
  @Column({ type: 'timestamptz', nullable: true })
  askedAt!: Date | null;

  @Column({ type: 'char', length: 64, nullable: true })
  askTokenHash!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the person answered it themselves (a SELF_REPORTED outcome)' })
  @Column({ type: 'timestamptz', nullable: true })
  selfAnsweredAt!: Date | null;
}
