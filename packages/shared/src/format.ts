export const SEOUL_TIME_ZONE = 'Asia/Seoul';

/** Money is always integer won; this formats it as ₩1,234,567. */
export function formatWon(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError('won amounts are integers');
  const sign = amount < 0 ? '-' : '';
  return `${sign}₩${Math.abs(amount).toLocaleString('en-US')}`;
}

/** A date-time shown in Asia/Seoul, e.g. 2025-03-04 09:30. */
export function formatSeoulDateTime(value: Date | string, locale: 'ko' | 'en' = 'ko'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: SEOUL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/** Valid e-mail, deliberately simple: one @, no spaces, a dot in the domain. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254;
}

/** Password policy shared by the portal (live hint) and the API (authoritative check). */
export const PASSWORD_MIN_LENGTH = 10;
export function passwordProblems(password: string): Array<'TOO_SHORT' | 'TOO_LONG' | 'NEEDS_LETTER_AND_DIGIT'> {
  const problems: Array<'TOO_SHORT' | 'TOO_LONG' | 'NEEDS_LETTER_AND_DIGIT'> = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('TOO_SHORT');
  if (password.length > 128) problems.push('TOO_LONG');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('NEEDS_LETTER_AND_DIGIT');
  return problems;
}
