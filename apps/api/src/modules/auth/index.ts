import type { ApiModule } from '../../core/module';
import { seedUsers } from './auth.seed';
import { AuthModule } from './auth.module';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';
import { KnownDevice } from './known-device.entity';
import { Membership, MembershipRoleEnum } from './membership.entity';
import { AuthResolver } from './auth.resolver';
import { SecondFactorResolver } from './second-factor.resolver';
import { AUTH_ERRORS } from './auth.errors';
import { MIGRATIONS } from './migrations';

/** Accounts, sign-in sessions and memberships (who acts for which organization, in which role): the request context's source. */
export const auth: ApiModule = {
  name: 'auth',
  personalData: [
    { column: 'app_user.email', item: { ko: '담당자 이메일', en: "Staff's e-mail" }, purpose: 'STAFF_ACCOUNT' },
    { column: 'app_user.display_name', item: { ko: '담당자 이름', en: "Staff's name" }, purpose: 'STAFF_ACCOUNT' },
    { column: 'user_session.ip', item: { ko: '로그인한 곳의 IP 주소', en: 'IP address of a sign-in' }, purpose: 'SECURITY_LOG' },
    { column: 'user_session.user_agent', item: { ko: '로그인한 브라우저', en: 'Browser of a sign-in' }, purpose: 'SECURITY_LOG' },
  ],
  nest: AuthModule,
  entities: [User, UserSession, KnownDevice, Membership],
  resolvers: [AuthResolver, SecondFactorResolver],
  errors: AUTH_ERRORS,
  migrations: MIGRATIONS,
  seed: seedUsers,
};

export { AuthModule, User, Membership, MembershipRoleEnum };
export { AuthService } from './auth.service';
export { Accounts } from './accounts.service';
export { Viewer } from './auth.dto';
export { assertPasswordPolicy, hashPassword } from './password';
export { sha256 } from './user-session.service';
export { UserDirectory } from './user-directory.service';
export { DEMO_PASSWORD, SEED_USERS } from './demo-users';
export { USERS, MEMBERSHIPS } from './published';
