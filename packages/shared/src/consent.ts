import { PERSONAL_FIELDS, type PersonalField } from './learn';

/** How a citizen gave a consent: a signed form, by phone with staff recording it, or online. */
export const CONSENT_METHODS = ['WRITTEN', 'VERBAL', 'ONLINE'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const CONSENT_METHOD_LABELS: Readonly<Record<ConsentMethod, { ko: string; en: string }>> = {
  WRITTEN: { ko: '서면(서명)', en: 'In writing (signed)' },
  VERBAL: { ko: '구두(전화 등, 담당자 기록)', en: 'Verbally (by phone, recorded by staff)' },
  ONLINE: { ko: '온라인', en: 'Online' },
};

/**
 * The consent-items rule, stated once: a registration stores the name and birth year always, and the phone, gender and
 * district when given — its consent must cover exactly what it stores (the API refuses the rest; the portal's form and
 * the roster import ask for the same items).
 */
export function itemsStored(person: { phone?: string | null; gender?: string | null; districtCode?: string | null }): PersonalField[] {
  return PERSONAL_FIELDS.filter(
    (f) =>
      f === 'NAME' ||
      f === 'BIRTH_YEAR' ||
      (f === 'PHONE' && !!person.phone) ||
      (f === 'GENDER' && !!person.gender) ||
      (f === 'DISTRICT' && !!person.districtCode),
  );
}

/** Is a consent in force on a day (YYYY-MM-DD in Seoul): not withdrawn, retention not passed? */
export function consentInForce(c: { withdrawnAt: Date | string | null; retentionUntil: string }, today: string): boolean {
  return !c.withdrawnAt && c.retentionUntil >= today;
}

/** The items stored that a consent does not cover (empty when it covers them all). */
export function notCovered(stored: readonly PersonalField[], consented: readonly PersonalField[]): PersonalField[] {
  return stored.filter((f) => !consented.includes(f));
}
