export const STATUS_COLORS: Record<string, string> = {
  DRAFT: 'gray.8',
  PROPOSED: 'grape.9',
  APPROVED: 'teal.9',
  RETURNED: 'red.9',
  RECRUITING: 'blue.9',
  RUNNING: 'krds.7',
  COMPLETED: 'dark.6',
  CANCELLED: 'gray.8',
  ENROLLED: 'krds.7',
  WAITLISTED: 'grape.9',
  APPLIED: 'blue.9',
  DROPPED: 'gray.8',
  NO_SHOW: 'red.9',
  NOT_COMPLETED: 'red.9',
};

/** "2026. 03. 02. (월) 19:00–21:00" in Asia/Seoul. */

/** 31 December, n years from now (a default retention date for consent). */
export function inYears(n: number): string {
  return `${new Date().getFullYear() + n}-12-31`;
}

/** Badge colours of a participant's consent state (the state itself: consentState in @lalaland/shared). */
export const CONSENT_COLORS = { ACTIVE: 'teal.9', WITHDRAWN: 'red.8', EXPIRED: 'gray.8', NONE: 'gray.8' } as const;

/** A date in Asia/Seoul, in the reader's language. */
export const dateOf = (v: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(v));

export function programmeTitle(p: { titleKo: string; titleEn?: string | null }, lang: string) {
  return lang === 'en' && p.titleEn ? p.titleEn : p.titleKo;
}
