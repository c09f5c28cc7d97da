import { Referrals1796210000000 } from './1796210000000-Referrals';
import { ReferralHiredAt1796460000000 } from './1796460000000-ReferralHiredAt';

/** The referrals module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Referrals1796210000000, ReferralHiredAt1796460000000];
