/**
 * One date format everywhere: a calendar day ("2025-09-01", no time zone) in the reader's language, the same way
 * timestamps are shown in Asia/Seoul ("2025. 09. 01." / "01/09/2025"). An empty or malformed value is shown as is.
 */
export function calendarDay(ymd: string | null | undefined, lang: string): string {
  if (!ymd || !/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return ymd ?? '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(`${ymd}T00:00:00Z`));
}

/** A span of calendar days ("2025. 09. 01. ~ 2025. 12. 31."), open-ended when there is no end. */
export function dayRange(from: string, to: string | null | undefined, lang: string): string {
  return `${calendarDay(from, lang)}${to ? ` ~ ${calendarDay(to, lang)}` : ''}`;
}
