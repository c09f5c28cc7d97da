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
  personalData: [
    {
      column: 'referral.note',
      item: { ko: '의뢰하는 기관의 메모', en: "The referring organization's note" },
      purpose: 'THIRD_PARTY_SHARING',
    },
    {
      column: 'referral.decline_reason',
      item: { ko: '받은 기관의 반려 사유', en: "The recipient's reason for declining" },
      purpose: 'THIRD_PARTY_SHARING',
    },
  ],
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
