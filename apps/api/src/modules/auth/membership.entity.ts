import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MEMBERSHIP_ROLES, MembershipRole } from '@lalaland/shared';
import { BaseEntity } from '../../core/database/base.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { User } from './user.entity';
import { Organization } from '../organizations';

export const MembershipRoleEnum = graphqlEnum(MEMBERSHIP_ROLES, 'MembershipRole', 'Role of a user in an organization');

@ObjectType({ description: 'A user belongs to an organization with a role.' })
@Entity('membership')
@Index('membership_user_org_key', ['userId', 'organizationId'], { unique: true })
@Index('membership_org_idx', ['organizationId'])
export class Membership extends BaseEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Field(() => MembershipRoleEnum)
  @Column({ type: 'enum', enum: MEMBERSHIP_ROLES, enumName: 'membership_role' })
  role!: MembershipRole;
}
