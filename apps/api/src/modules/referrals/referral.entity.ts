import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { REFERRAL_REASONS, REFERRAL_STATUSES, type ReferralReason, type ReferralStatus } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { graphqlEnum } from '../../core/graphql/enums';
import { Organization } from '../organizations';
import { Programme } from '../programmes';
import { Participant } from '../participants';
import { Enrolment } from '../enrolments';
import { Opening } from '../openings';

export const ReferralReasonEnum = graphqlEnum(REFERRAL_REASONS, 'ReferralReason');
export const ReferralStatusEnum = graphqlEnum(
  REFERRAL_STATUSES,
  'ReferralStatus',
  'SUBMITTED → ACCEPTED / DECLINED / WITHDRAWN; ACCEPTED → ENGAGED → CLOSED',
);

/**
 * A participant referred by the organization holding them to another organization (optionally to one of its
 * programmes). Personal data reaches the recipient only through a separate sharing consent (PIPA §17) recorded with
 * the referral: without one the recipient sees the pseudonymous key and the reason.
 */
@ObjectType({ description: 'A referral of a participant to another organization (or programme), with its own sharing consent.' })
@Entity('referral')
@Index('referral_from_idx', ['fromOrganizationId', 'createdAt'])
@Index('referral_to_idx', ['toOrganizationId', 'createdAt'])
@Index('referral_participant_idx', ['participantId'])
export class Referral extends BaseEntity {
  @Column({ type: 'uuid' })
  participantId!: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Field(() => ID, { description: 'The referring organization (it holds the participant)' })
  @Column({ type: 'uuid' })
  fromOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_organization_id' })
  fromOrganization?: Organization;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  toOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_organization_id' })
  toOrganization?: Organization;

  @Field(() => ID, { nullable: true, description: 'A programme of the recipient the person is referred to' })
  @Column({ type: 'uuid', nullable: true })
  programmeId!: string | null;

  @ManyToOne(() => Programme, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme | null;

  @Field(() => ID, { nullable: true, description: 'An opening of the recipient the person applies to through this referral' })
  @Column({ type: 'uuid', nullable: true })
  openingId!: string | null;

  @ManyToOne(() => Opening, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opening_id' })
  opening?: Opening | null;

  @Field(() => ReferralReasonEnum)
  @Column({ type: 'enum', enum: REFERRAL_REASONS, enumName: 'referral_reason' })
  reason!: ReferralReason;

  /** Why, in the referring staff's words (GraphQL: ReferralResolver.note, which follows the sharing consent). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Field(() => ReferralStatusEnum)
  @Column({ type: 'enum', enum: REFERRAL_STATUSES, enumName: 'referral_status', default: 'SUBMITTED' })
  status!: ReferralStatus;

  /** The THIRD_PARTY_SHARING consent recorded with the referral (none: nothing personal is shared). */
  @Column({ type: 'uuid', nullable: true })
  consentId!: string | null;

  @Field(() => String, { nullable: true, description: 'What the recipient may use the shared items for (told to the citizen)' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  sharingPurpose!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the recipient declined' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason!: string | null;

  @Field(() => String, { nullable: true, description: 'How it ended (CLOSED)' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  outcome!: string | null;

  @Column({ type: 'uuid', nullable: true })
  enrolmentId!: string | null;

  @ManyToOne(() => Enrolment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  engagedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the recipient recorded the hire for the referral's opening (a CLOSED referral that ended in a job)",
  })
  @Column({ type: 'timestamptz', nullable: true })
  hiredAt!: Date | null;
}
