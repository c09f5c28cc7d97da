import { MENTOR_KIND_LABELS, WEEKDAY_LABELS, seoulInstant, type MentorKind } from '@lalaland/shared';
import { label } from '../../components/labels';

/** A mentor as staff call them: the name where consent and role allow it, else the pseudonymous key. */
export function mentorName(m: { participant: { pseudonymKey: string; personal?: { name?: string | null } | null } }): string {
  return m.participant.personal?.name ?? m.participant.pseudonymKey;
}

export function kindsOf(credentials: ReadonlyArray<{ kind: MentorKind }>, lang: string): string {
  return credentials.map((c) => label(MENTOR_KIND_LABELS, c.kind, lang)).join(', ');
}

export function weekdaysOf(days: readonly number[], lang: string): string {
  return days.map((d) => (lang === 'en' ? WEEKDAY_LABELS[d]?.en : WEEKDAY_LABELS[d]?.ko) ?? '').join(' ');
}

/** Minutes as hours with one decimal ("1.5"). */
export function hoursOf(minutes: number): string {
  return String(Math.round((minutes / 60) * 10) / 10);
}

/** The queries an assignment change can move (lists, the mentor page, the session page, the board). */
export const ASSIGNMENT_QUERIES = [
  'MentorAssignments',
  'MentorDetail',
  'SessionMentors',
  'MentorWeekBoard',
  'MentorPool',
  'MentorSuggestionsFor',
];

/** Monday to the next Monday (Seoul) of the week holding `day`. */
export function weekOf(day: string): { from: string; to: string; monday: string } {
  const d = new Date(`${day}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  const ymd = (x: Date) => x.toISOString().slice(0, 10);
  return { from: seoulInstant(ymd(monday)).toISOString(), to: seoulInstant(ymd(next)).toISOString(), monday: ymd(monday) };
}
