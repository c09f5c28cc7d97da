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

/* Korea keeps +09:00 all year (no daylight saving), so Seoul wall-clock time is a fixed offset from UTC. */
const SEOUL_OFFSET_MS = 9 * 3600_000;
const seoulIso = (value: Date | string | number) => new Date(new Date(value).getTime() + SEOUL_OFFSET_MS).toISOString();

/** The Seoul calendar date of an instant, YYYY-MM-DD (default: now). */
export function seoulDate(value: Date | string | number = Date.now()): string {
  return seoulIso(value).slice(0, 10);
}

/** The Seoul wall-clock time of an instant, HH:MM. */
export function seoulClock(value: Date | string | number): string {
  return seoulIso(value).slice(11, 16);
}

/** The instant of a Seoul date (YYYY-MM-DD) and wall-clock time (HH:MM, default midnight). */
export function seoulInstant(date: string, time = '00:00'): Date {
  return new Date(`${date}T${time}:00+09:00`);
}

/** Valid e-mail, deliberately simple: one @, no spaces, a dot in the domain. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254;
}

/** Password policy shared by the portal (live hint) and the API (authoritative check). */
export const PASSWORD_MIN_LENGTH = 10;
/**
 * Words that top every leaked-password list (and this site's own name): a password that is one of them plus digits
 * or symbols ("password12", "Qwerty2025!") is refused, as is one of fewer than four different characters.
 */
const COMMON_WORDS = new Set([
  'password',
  'passwd',
  'qwerty',
  'qwertyuiop',
  'asdf',
  'asdfgh',
  'zxcv',
  'qwer',
  'abc',
  'abcd',
  'abcde',
  'abcdef',
  'admin',
  'administrator',
  'welcome',
  'letmein',
  'iloveyou',
  'login',
  'user',
  'test',
  'guest',
  'master',
  'dragon',
  'monkey',
  'sunshine',
  'football',
  'baseball',
  'princess',
  'qazwsx',
  'lalaland',
  'busan',
  'korea',
  'seoul',
  'sarang',
  'saranghae',
  'q',
  'a',
  'aa',
  'qw',
  'qwe',
  'asd',
  'zxc',
]);

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'NEEDS_LETTER_AND_DIGIT' | 'TOO_COMMON';

export function passwordProblems(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('TOO_SHORT');
  if (password.length > 128) problems.push('TOO_LONG');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('NEEDS_LETTER_AND_DIGIT');
  const letters = password.toLowerCase().replace(/[^a-z]/g, '');
  if (COMMON_WORDS.has(letters) || new Set(password.toLowerCase()).size < 4) problems.push('TOO_COMMON');
  return problems;
}

/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: text starting with = + - @, a tab or a carriage return is
 * a formula to Excel and LibreOffice, so it gets a leading apostrophe (OWASP CSV injection); quotes, commas and line
 * breaks are quoted.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
