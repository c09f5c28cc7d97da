import type { ApiModule } from '../../core/module';
import { PrivacyModule } from './privacy.module';
import { AccessReviewResolver } from './access-review.resolver';
import { PRIVACY_ERRORS } from './privacy.errors';
import { MIGRATIONS } from './migrations';

/** What a privacy officer signs off: the monthly access-log review over every module's personal-data reads and downloads. */
export const privacy: ApiModule = {
  name: 'privacy',
  readModel: true,
  reads: ['app_user', 'enrolment', 'follow_up', 'personal_data_access', 'personal_data_download', 'personal_data_policy', 'referral'],
  nest: PrivacyModule,
  entities: [],
  resolvers: [AccessReviewResolver],
  errors: PRIVACY_ERRORS,
  migrations: MIGRATIONS,
  appendOnly: ['access_review'],
};
