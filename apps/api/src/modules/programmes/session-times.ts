/* When sessions may take place: weekly series dates and the time rules every session obeys (pure, unit-tested). */
import { seoulDate } from '@lalaland/shared';
import { AppError, problem } from '../../core/errors/app-error';
import { Programme } from './programme.entity';
import { PROGRAMMES_FIELDS } from './programmes.errors';

const DAY = 86_400_000;

/** The dates of a weekly series: on the given ISO weekdays (1 = Monday) from the first date, `count` of them. */
export function seriesDates(firstDate: string, weekdays: number[], count: number): string[] {
  const days = new Set(weekdays);
  const out: string[] = [];
  let t = Date.parse(`${firstDate}T00:00:00Z`);
  for (let guard = 0; out.length < count && guard < count * 7 + 7; guard++, t += DAY) {
    const iso = ((new Date(t).getUTCDay() + 6) % 7) + 1;
    if (days.has(iso)) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** A session lasts at most this long: a booking is a class, not a claim on a room. */
export const MAX_SESSION_HOURS = 12;

/** Each session ends after it starts, lasts at most MAX_SESSION_HOURS, and falls within the programme's dates (Seoul days). */
export function checkTimes(p: Programme, sessions: Array<{ startsAt: Date; endsAt: Date }>): void {
  for (const s of sessions) {
    if (s.endsAt <= s.startsAt)
      throw new AppError('SESSION_TIME_INVALID', {
        fields: [problem('endsAt', 'min', PROGRAMMES_FIELDS.endsAtMin)],
      });
    if (s.endsAt.getTime() - s.startsAt.getTime() > MAX_SESSION_HOURS * 3_600_000)
      throw new AppError('SESSION_TOO_LONG', { params: { hours: MAX_SESSION_HOURS } });
    if (seoulDate(s.startsAt) < p.startsOn || (p.endsOn && seoulDate(s.endsAt) > p.endsOn)) {
      throw new AppError('SESSION_OUTSIDE_PROGRAMME', { params: { start: p.startsOn, end: p.endsOn ?? '' } });
    }
  }
}

/** Another organization's venue is booked at most this many days ahead … */
export const FOREIGN_VENUE_DAYS_AHEAD = 120;
/** … and for at most this many hours a week (Mon–Sun, Seoul) by one host organization. */
export const FOREIGN_VENUE_WEEKLY_HOURS = 20;

/** A programme holds at most this many sessions, so its `sessions` list is bounded (docs/adr/0007). */
export const MAX_SESSIONS_PER_PROGRAMME = 200;
