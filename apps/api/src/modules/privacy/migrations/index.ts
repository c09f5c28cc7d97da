import { AccessReview1796481500000 } from './1796481500000-AccessReview';
import { DestructionNights1796481700000 } from './1796481700000-DestructionNights';
import { PrivacyPolicy1796481800000 } from './1796481800000-PrivacyPolicy';
import { RowSecurity1796481900000 } from './1796481900000-RowSecurity';

/** The privacy module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [AccessReview1796481500000, DestructionNights1796481700000, PrivacyPolicy1796481800000, RowSecurity1796481900000];
