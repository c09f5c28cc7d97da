import type { ApiModule } from '../../core/module';
import { MembersModule } from './members.module';
import { Invitation } from './invitation.entity';
import { MembershipResolver, OrganizationMembersResolver } from './members.resolver';
import { MEMBERS_ERRORS } from './members.errors';
import { MIGRATIONS } from './migrations';

/** An organization's members: invitations, roles, removal. */
export const members: ApiModule = {
  name: 'members',
  nest: MembersModule,
  entities: [Invitation],
  resolvers: [MembershipResolver, OrganizationMembersResolver],
  errors: MEMBERS_ERRORS,
  migrations: MIGRATIONS,
  uniqueConstraints: { membership_user_org_key: 'ALREADY_MEMBER' },
};
