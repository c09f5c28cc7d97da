import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { MembershipRole } from '@lalaland/shared';
import { MEMBERSHIP_ROLES } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { Organization } from '../organizations';
import { User, MembershipRoleEnum } from '../auth';

@ObjectType({ description: 'An invitation to join an organization; accepting it sets the password.' })
@Entity('invitation')
@Index('invitation_org_idx', ['organizationId'])
export class Invitation extends BaseEntity {
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Field(() => MembershipRoleEnum)
  @Column({ type: 'enum', enum: MEMBERSHIP_ROLES, enumName: 'membership_role' })
  role!: MembershipRole;

  @Index('invitation_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  /** The e-mailed link's own token (made when the e-mail is sent, so no token ever waits in the outbox). */
  @Index('invitation_email_token_hash_key', { unique: true, where: 'email_token_hash IS NOT NULL' })
  @Column({ type: 'char', length: 64, nullable: true })
  emailTokenHash!: string | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: User | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
}
