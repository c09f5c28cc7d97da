import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { SELECTION_METHODS, type SelectionMethod } from '@lalaland/shared';
import { graphqlEnum } from '../../core/graphql/enums';
import { WonScalar } from '../../core/graphql/won.scalar';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Programme } from '../programmes';

export const SelectionMethodEnum = graphqlEnum(
  SELECTION_METHODS,
  'SelectionMethod',
  '선정방법: FIRST_COME (선착순), LOTTERY (추첨), REVIEW (심사)',
);

/**
 * How a programme meets citizens (the public door): whether it is in the public catalogue, when applications are taken,
 * how applicants are selected, who may apply, the fee, and the national standard course data's yes/no columns. One per
 * programme, kept by its host.
 */
@ObjectType({ description: 'A programme as the public catalogue offers it: publication, application period, selection, eligibility, fee' })
@Entity('programme_offer')
@Check('programme_offer_fee_check', 'fee_won >= 0 AND fee_won <= 100000000')
@Check('programme_offer_ages_check', '(min_age IS NULL OR min_age BETWEEN 0 AND 120) AND (max_age IS NULL OR max_age BETWEEN 0 AND 120)')
@Check('programme_offer_period_check', 'apply_from IS NULL OR apply_until IS NULL OR apply_from < apply_until')
export class ProgrammeOffer {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  programmeId!: string;

  @OneToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Field(() => Boolean, { description: 'Shown in the public catalogue (while recruiting or running)' })
  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: '접수 시작' })
  @Column({ type: 'timestamptz', nullable: true })
  applyFrom!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '접수 종료' })
  @Column({ type: 'timestamptz', nullable: true })
  applyUntil!: Date | null;

  @Field(() => SelectionMethodEnum)
  @Column({ type: 'enum', enum: SELECTION_METHODS, enumName: 'selection_method', default: 'FIRST_COME' })
  selection!: SelectionMethod;

  @Field(() => WonScalar, { description: '수강료 in won (0: free)' })
  @Column({ type: 'int', default: 0 })
  feeWon!: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  minAge!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  maxAge!: number | null;

  @Field(() => [String], { description: 'Districts (code) whose residents or workers may apply; empty: anyone' })
  @Column({ type: 'varchar', length: 5, array: true, default: '{}' })
  districts!: string[];

  @Field(() => Int, { nullable: true, description: 'Seats kept for residents of those districts in a draw' })
  @Column({ type: 'int', nullable: true })
  residentQuota!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many of the host’s programmes one person may hold at once (dates overlapping); none: no limit',
  })
  @Column({ type: 'int', nullable: true })
  perPersonLimit!: number | null;

  @Field(() => String, { nullable: true, description: 'Accessibility support (wheelchair access, sign language, large print…)' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  accessibility!: string | null;

  @Field(() => String, { nullable: true, description: '문의 전화 (the host’s, never a person’s own)' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone!: string | null;

  @Field(() => Boolean, { description: '직업능력개발훈련비지원강좌여부' })
  @Column({ type: 'boolean', default: false })
  jobTrainingSupport!: boolean;

  @Field(() => Boolean, { description: '학점은행제평가(학점)인정여부' })
  @Column({ type: 'boolean', default: false })
  creditBank!: boolean;

  @Field(() => Boolean, { description: '평생학습계좌제평가인정여부' })
  @Column({ type: 'boolean', default: false })
  learningAccount!: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}
