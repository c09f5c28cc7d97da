import type { ApiModule } from '../../core/module';
import { PrivacyModule } from './privacy.module';
import { AccessReviewResolver } from './access-review.resolver';
import { DestructionResolver } from './destruction.resolver';
import { PrivacyOfficerResolver } from './privacy-officer.resolver';
import { PRIVACY_ERRORS } from './privacy.errors';
import { MIGRATIONS } from './migrations';

/**
 * What a privacy officer signs off and runs: the monthly access-log review over every module's personal-data reads and
 * downloads, and the nightly destruction (파기) of those whose every basis has ended, with its register.
 */
export const privacy: ApiModule = {
  name: 'privacy',
  readModel: true,
  reads: [
    'app_user',
    'consent',
    'destruction_register',
    'enrolment',
    'follow_up',
    'organization',
    'participant',
    'personal_data_access',
    'personal_data_download',
    'personal_data_policy',
    'referral',
  ],
  nest: PrivacyModule,
  entities: [],
  resolvers: [AccessReviewResolver, DestructionResolver, PrivacyOfficerResolver],
  errors: PRIVACY_ERRORS,
  migrations: MIGRATIONS,
  appendOnly: ['access_review', 'privacy_policy_version'],
};
