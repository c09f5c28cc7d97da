import type { ApiModule } from '../../core/module';
import { MembersModule } from './members.module';
import { Invitation } from './invitation.entity';
import { MembershipResolver, OrganizationMembersResolver } from './members.resolver';
import { MEMBERS_ERRORS } from './members.errors';
import { MIGRATIONS } from './migrations';

/** An organization's members: invitations, roles, removal. */
export const members: ApiModule = {
  name: 'members',
  personalData: [
    { column: 'invitation.email', item: { ko: '초대받은 사람의 이메일', en: "An invitee's e-mail" }, purpose: 'STAFF_ACCOUNT' },
  ],
  nest: MembersModule,
  entities: [Invitation],
  resolvers: [MembershipResolver, OrganizationMembersResolver],
  errors: MEMBERS_ERRORS,
  migrations: MIGRATIONS,
  uniqueConstraints: { membership_user_org_key: 'ALREADY_MEMBER' },
};
