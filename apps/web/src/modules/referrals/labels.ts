import { PERSONAL_FIELD_LABELS, REFERRAL_REASON_LABELS, type PersonalField, type ReferralReason } from '@lalaland/shared';
import { label } from '../../components/labels';

export const STATUS_COLOR = {
  SUBMITTED: 'yellow.9',
  ACCEPTED: 'blue.9',
  DECLINED: 'red.8',
  ENGAGED: 'teal.9',
  CLOSED: 'gray.8',
  WITHDRAWN: 'gray.8',
} as const;

export const reasonOf = (r: ReferralReason, lang: string) => label(REFERRAL_REASON_LABELS, r, lang);

export const itemsOf = (items: readonly PersonalField[], lang: string) =>
  items.map((i) => label(PERSONAL_FIELD_LABELS, i, lang)).join(', ');

/** The queries a referral change can move. */
export const REFERRAL_QUERIES = ['ReferralBox', 'ReferralDetail'];
