import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { STREAM_MEMBER_ROLES } from '@lalaland/shared';
import type { StreamMemberRole } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { WonScalar, wonColumn } from '../../core/graphql/won.scalar';
import { Organization } from '../organizations';
import { FundingCategory } from './funding-programme.entity';

export const StreamMemberRoleEnum = graphqlEnum(STREAM_MEMBER_ROLES, 'StreamMemberRole', "An organization's role in a funding stream");

@ObjectType({ description: 'A grant to a recipient for a fiscal year, e.g. LA-LA LAnd (KRW 50,000,000 national funding).' })
@Entity('funding_stream')
@Index('funding_stream_code_key', ['code'], { unique: true })
@Check('funding_stream_period_check', 'period_end >= period_start')
export class FundingStream extends BaseEntity {
  @Column({ type: 'uuid' })
  categoryId!: string;

  @ManyToOne(() => FundingCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: FundingCategory;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  nameKo!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  nameEn!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  recipientOrganizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_organization_id' })
  recipient?: Organization;

  @Field(() => Int)
  @Column({ type: 'int' })
  fiscalYear!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  periodStart!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  periodEnd!: string;

  @Field(() => WonScalar, { description: 'National (Ministry) funding awarded, in won' })
  @Column({ type: 'bigint', transformer: wonColumn })
  nationalAmount!: number;

  @Field(() => String, { nullable: true, description: 'e나라도움 project reference (the ledger of record)' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  enaraReference!: string | null;
}

@ObjectType({ description: 'An organization in a funding stream, with its role and dates.' })
@Entity('stream_member')
@Index('stream_member_stream_org_key', ['streamId', 'organizationId'], { unique: true })
@Index('stream_member_org_idx', ['organizationId'])
export class StreamMember extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  streamId!: string;

  @ManyToOne(() => FundingStream, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stream_id' })
  stream?: FundingStream;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => StreamMemberRoleEnum)
  @Column({ type: 'enum', enum: STREAM_MEMBER_ROLES, enumName: 'stream_member_role' })
  role!: StreamMemberRole;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** The year this membership was carried from when the year opened (null: added by the lead). */
  @Column({ type: 'uuid', nullable: true })
  carriedFromId!: string | null;

  /** When the lead confirmed a carried membership (null while it waits). */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Field(() => Boolean, { description: 'Carried from the last year and not yet confirmed by the lead' })
  get awaitsConfirmation(): boolean {
    return !!this.carriedFromId && !this.confirmedAt;
  }
}
