import { BUSAN_DISTRICTS, mobileDigits, seoulDate } from '@lalaland/shared';
import type { ApplyTarget } from './apply-target';
import { APPLICATION_FIELDS } from './applications.errors';

/** What the form sent, as typed (kept to show back beside the errors). */
export interface ApplyInput {
  name: string;
  phone: string;
  birthYear: string;
  district: string;
  consent: boolean;
  followUp: boolean;
  /** The honeypot: a field people never see; a bot that fills it is answered as if all went well, and nothing happens. */
  website: string;
}

export type FormErrors = Partial<Record<'name' | 'phone' | 'birthYear' | 'district' | 'consent', string>>;

const field = (body: URLSearchParams, name: string) => body.get(name) ?? '';

/** The form's fields from an url-encoded body, as typed: never cut (the body limit bounds them; the rules refuse what is too long). */
export function readApplyForm(body: URLSearchParams): ApplyInput {
  return {
    name: field(body, 'name').trim(),
    phone: field(body, 'phone').trim(),
    birthYear: field(body, 'birthYear').trim(),
    district: field(body, 'district'),
    consent: body.get('consent') === 'yes',
    followUp: body.get('followUp') === 'yes',
    website: field(body, 'website'),
  };
}

/** The form's rules, each message in plain Korean beside its field. */
export function checkApplyForm(t: ApplyTarget, f: ApplyInput, now = new Date()): FormErrors {
  const e: FormErrors = {};
  if (!f.name) e.name = APPLICATION_FIELDS.nameRequired.ko;
  else if (f.name.length > 50) e.name = APPLICATION_FIELDS.nameLength.ko;
  if (!mobileDigits(f.phone)) e.phone = APPLICATION_FIELDS.phoneMatches.ko;
  const year = Number(f.birthYear);
  const thisYear = Number(seoulDate(now).slice(0, 4));
  if (!/^\d{4}$/.test(f.birthYear) || year < 1900 || year > thisYear) e.birthYear = APPLICATION_FIELDS.birthYearRange.ko;
  else if (t.minAge !== null || t.maxAge !== null) {
    const age = thisYear - year;
    if ((t.minAge !== null && age < t.minAge) || (t.maxAge !== null && age > t.maxAge))
      e.birthYear = APPLICATION_FIELDS.ageOutside.ko.replace(
        '{range}',
        `만 ${t.minAge ?? 0}세~${t.maxAge !== null ? `${t.maxAge}세` : ''}`,
      );
  }
  const known = BUSAN_DISTRICTS.some((d) => d.code === f.district);
  if (t.districts.length && !t.residentQuota && !t.districts.includes(f.district))
    e.district = APPLICATION_FIELDS.districtRequired.ko.replace('{districts}', t.districts.map(districtName).join(', '));
  else if (f.district && !known) e.district = APPLICATION_FIELDS.districtRequired.ko.replace('{districts}', '부산');
  if (!f.consent) e.consent = APPLICATION_FIELDS.consentRequired.ko;
  return e;
}

export const districtName = (code: string) => BUSAN_DISTRICTS.find((d) => d.code === code)?.ko ?? code;
