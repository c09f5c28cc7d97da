import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Years an instant or a date may fall in: anything outside is a typing mistake or a probe, never a class. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day of the Gregorian calendar within YEAR_MIN…YEAR_MAX ("2025-02-30" is not). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" naming a real calendar day in the allowed years. */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  return !!m && isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function invalid(): never {
  throw new GraphQLError(
    'DateTime must be an ISO 8601 instant with a time zone, e.g. 2025-09-01T10:00:00+09:00, on a real calendar day between 1900 and 2100',
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

/** Parses an ISO 8601 instant strictly: a string, a time zone, a real calendar day and time, a sane year. */
export function parseInstant(value: unknown): Date {
  const m = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!m) invalid();
  const [, y, mo, d, h, mi, s, , oh, om] = m;
  if (
    !isCalendarDay(Number(y), Number(mo), Number(d)) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s ?? 0) > 59 ||
    Number(oh ?? 0) > 14 ||
    Number(om ?? 0) > 59
  )
    invalid();
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime())) invalid();
  return date;
}

/**
 * `DateTime`: an instant as ISO 8601 with a time zone. Input is checked strictly (no numbers, no "2025-02-30",
 * no year 10000); output is UTC ("…Z").
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with a time zone (e.g. 2025-09-01T10:00:00+09:00); answers are in UTC (…Z). Years 1900–2100.',
  serialize: (v) => {
    const d = v instanceof Date ? v : new Date(v as string);
    if (Number.isNaN(d.getTime())) throw new GraphQLError('Invalid DateTime value');
    return d.toISOString();
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseInstant(ast.value) : invalid()),
});
