import type { ApiModule } from '../../core/module';
import { ReferralsModule } from './referrals.module';
import { Referral } from './referral.entity';
import { ReferralResolver } from './referrals.resolver';
import { REFERRALS_ERRORS } from './referrals.errors';
import { seedReferrals } from './referrals.seed';
import { MIGRATIONS } from './migrations';

/** Link: referrals between organizations, personal data shared only under a separate consent, every provision logged. */
export const referrals: ApiModule = {
  name: 'referrals',
  nest: ReferralsModule,
  entities: [Referral],
  resolvers: [ReferralResolver],
  errors: REFERRALS_ERRORS,
  migrations: MIGRATIONS,
  seed: seedReferrals,
};

export type { ReferralEvents } from './referrals.events';
export { REFERRAL_ACCESS } from './referral.access';
export { referralsOfParticipantSql } from './published';
