/**
 * One date format everywhere: a calendar day ("2025-09-01", no time zone) in the reader's language, the same way
 * timestamps are shown in Asia/Seoul ("2025. 09. 01." / "01/09/2025"). An empty or malformed value is shown as is.
 */
export function calendarDay(ymd: string | null | undefined, lang: string): string {
  if (!ymd || !/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return ymd ?? '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', {
    timeZone: 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(`${ymd}T00:00:00Z`));
}

/** A span of calendar days ("2025. 09. 01. ~ 2025. 12. 31."), open-ended when there is no end. */
export function dayRange(from: string, to: string | null | undefined, lang: string): string {
  return `${calendarDay(from, lang)}${to ? ` ~ ${calendarDay(to, lang)}` : ''}`;
}

/** A calendar day as the date field shows it for typing: "2025. 09. 01." in Korean, "2025-09-01" in English. */
export function typedDay(ymd: string, lang: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return '';
  return lang === 'en' ? ymd : `${ymd.slice(0, 4)}. ${ymd.slice(5, 7)}. ${ymd.slice(8, 10)}.`;
}

/**
 * What a person typed as a date, year first ("2025. 9. 1.", "2025.09.01", "20250901", "2025-09-01"), as a calendar
 * day; null when it is not yet, or not, a real date (2025. 02. 30. is not).
 */
export function parseDayInput(text: string): string | null {
  const m = /^\s*(\d{4})\s*[.\-/ ]?\s*(\d{1,2})\s*[.\-/ ]\s*(\d{1,2})\s*\.?\s*$/.exec(text) ?? /^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export function sessionTime(startsAt: string, endsAt: string, lang: string): string {
  const loc = lang === 'en' ? 'en-GB' : 'ko-KR';
  const day = new Intl.DateTimeFormat(loc, {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
  }).format(new Date(startsAt));
  const time = (v: string) =>
    new Intl.DateTimeFormat(loc, { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(v));
  return `${day} ${time(startsAt)}–${time(endsAt)}`;
}
