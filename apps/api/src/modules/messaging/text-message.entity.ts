import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '../organizations';

export const TEXT_MESSAGE_STATUSES = ['SENT', 'LOGGED', 'OVER_BUDGET'] as const;
export type TextMessageStatus = (typeof TEXT_MESSAGE_STATUSES)[number];

/**
 * One text message, as sent (or not): to whom only as a hash and the last four digits, never the number; what, in
 * full, for the organization's record; the provider's answer. `key` makes a retried delivery send nothing twice.
 */
@Entity('text_message')
@Index('text_message_org_month_idx', ['organizationId', 'createdAt'])
export class TextMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'text_message_organization_fk' })
  organization?: Organization | null;

  @Index('text_message_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'char', length: 64 })
  phoneHash!: string;

  @Column({ type: 'varchar', length: 4 })
  phoneTail!: string;

  @Column({ type: 'varchar', length: 2000 })
  body!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: TextMessageStatus;

  /** How it was sent: SMS (or LMS), or KAKAO (알림톡, which the provider sends as SMS/LMS instead when KakaoTalk is not there). */
  @Column({ type: 'varchar', length: 5, default: 'SMS' })
  channel!: 'SMS' | 'KAKAO';

  @Column({ type: 'varchar', length: 100, nullable: true })
  providerId!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  error!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** An organization's budget: where it stands this month. */
@Entity('message_budget')
export class MessageBudget {
  @Column({ type: 'uuid', primary: true })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'message_budget_organization_fk' })
  organization?: Organization;

  @Column({ type: 'int' })
  monthlyLimit!: number;
}

/** Texts counted per organization and month (Asia/Seoul), claimed before each send: the budget's tally in one row. */
@Entity('message_count')
export class MessageCount {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'message_count_organization_fk' })
  organization?: Organization;

  /** YYYY-MM in Asia/Seoul. */
  @PrimaryColumn({ type: 'char', length: 7 })
  month!: string;

  @Column({ type: 'int', default: 0 })
  sent!: number;

  @Column({ type: 'int', default: 0 })
  overBudget!: number;
}

@ObjectType({ description: "An organization's text messages this month (Asia/Seoul) against its budget" })
export class MessageUsage {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: 'Messages sent (or logged, without a provider) this month' })
  sent!: number;

  @Field(() => Int, { description: 'Messages not sent because the budget was spent' })
  overBudget!: number;

  @Field(() => Int)
  monthlyLimit!: number;
}
