import {
  AGE_BANDS,
  BUSAN_DISTRICTS,
  EDUCATION_DOMAINS,
  PILLARS,
  PROGRAMME_FORMATS,
  applicationWindow,
  seoulDate,
  type AgeBand,
  type EducationDomain,
  type Pillar,
  type ProgrammeFormat,
} from '@lalaland/shared';
import { MAX_QUERY_CHARS } from './korean-search';

/** Parts of the day a session starts in (Seoul): before noon, before 18:00, after. */
export const DAYPARTS = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
export type Daypart = (typeof DAYPARTS)[number];

/** What a citizen narrowed the catalogue to; every field optional but the page. */
export interface CatalogueFilters {
  q?: string;
  /** The search words are longer than the catalogue searches (they are refused, not cut). */
  qTooLong?: boolean;
  district?: string;
  domain?: EducationDomain;
  pillar?: Pillar;
  format?: ProgrammeFormat;
  /** Whom it is for: programmes for this age band (none named: for everyone), its age limits allowing it. */
  age?: AgeBand;
  /** ISO weekday (1 = Monday) a session falls on, in Seoul. */
  weekday?: number;
  daypart?: Daypart;
  /** Starting in this month (YYYY-MM). */
  month?: string;
  free?: boolean;
  openNow?: boolean;
  /** Seats left (not only the waitlist). */
  seatsLeft?: boolean;
  /** With accessibility support (the offer says which). */
  accessible?: boolean;
  page: number;
}

/** What the filters look at in a listed programme. */
export interface Filterable {
  endsOn: string | null;
  startsOn: string;
  adminCode: string | null;
  districts: string[];
  domain: EducationDomain;
  pillar: Pillar;
  format: ProgrammeFormat;
  ageBands: AgeBand[];
  minAge: number | null;
  maxAge: number | null;
  weekdays: number[];
  dayparts: Daypart[];
  feeWon: number;
  capacity: number;
  seatsTaken: number;
  accessible: boolean;
  applyFrom: Date | null;
  applyUntil: Date | null;
}

export type Raw = Record<string, string | string[] | undefined>;
/** A query-string value: its first, at most 200 characters. */
export const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).slice(0, 200);
const DISTRICTS = new Set(BUSAN_DISTRICTS.map((d) => d.code));
const AGES: Record<AgeBand, [number, number]> = { UNDER_20: [0, 19], AGE_20_39: [20, 39], AGE_40_64: [40, 64], AGE_65_PLUS: [65, 200] };
const among = <T extends string>(values: readonly T[], v: string): T | undefined => (values.includes(v as T) ? (v as T) : undefined);

/** Whatever the query string holds, filters within bounds: unknown values are ignored, never an error. */
export function parseFilters(raw: Raw): CatalogueFilters {
  // What a person typed is never cut: a search over the bound is refused beside the field, with the words kept.
  const q = (Array.isArray(raw.q) ? (raw.q[0] ?? '') : (raw.q ?? '')).trim();
  const page = Number.parseInt(one(raw.page), 10);
  const weekday = Number(one(raw.day));
  const month = one(raw.month);
  return {
    q: q || undefined,
    qTooLong: q.length > MAX_QUERY_CHARS,
    district: DISTRICTS.has(one(raw.district)) ? one(raw.district) : undefined,
    domain: among(EDUCATION_DOMAINS, one(raw.domain)),
    pillar: among(PILLARS, one(raw.pillar)),
    format: among(PROGRAMME_FORMATS, one(raw.format)),
    age: among(AGE_BANDS, one(raw.age)),
    weekday: Number.isInteger(weekday) && weekday >= 1 && weekday <= 7 ? weekday : undefined,
    daypart: among(DAYPARTS, one(raw.time)),
    month: /^20\d\d-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    free: one(raw.free) === '1',
    openNow: one(raw.open) === '1',
    seatsLeft: one(raw.seats) === '1',
    accessible: one(raw.access) === '1',
    page: Number.isFinite(page) && page >= 1 && page <= 500 ? page : 1,
  };
}

/** The query string of these filters at `page` (the form's own names), for links to other pages. */
export function filterQuery(f: CatalogueFilters, page: number): string {
  const q = new URLSearchParams();
  const set = (k: string, v: string | number | undefined | boolean) => {
    if (v !== undefined && v !== false && v !== '') q.set(k, v === true ? '1' : String(v));
  };
  set('q', f.q);
  set('district', f.district);
  set('domain', f.domain);
  set('pillar', f.pillar);
  set('format', f.format);
  set('age', f.age);
  set('day', f.weekday);
  set('time', f.daypart);
  set('month', f.month);
  set('free', f.free);
  set('open', f.openNow);
  set('seats', f.seatsLeft);
  set('access', f.accessible);
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return `/catalogue${s ? `?${s}` : ''}`;
}

/** Whether a listed programme passes the filters (not yet over, today in Seoul; "open now" at `now`). */
export function passes(p: Filterable, f: CatalogueFilters, today = seoulDate(), now = new Date()): boolean {
  if (p.endsOn !== null && p.endsOn < today) return false;
  if (f.district && p.adminCode !== f.district && !p.districts.includes(f.district)) return false;
  if ((f.domain && p.domain !== f.domain) || (f.pillar && p.pillar !== f.pillar) || (f.format && p.format !== f.format)) return false;
  if (f.age) {
    const [low, high] = AGES[f.age];
    if (p.ageBands.length && !p.ageBands.includes(f.age)) return false;
    if ((p.minAge ?? 0) > high || (p.maxAge ?? 200) < low) return false;
  }
  if (f.weekday && !p.weekdays.includes(f.weekday)) return false;
  if (f.daypart && !p.dayparts.includes(f.daypart)) return false;
  if (f.month && !p.startsOn.startsWith(f.month)) return false;
  if ((f.free && p.feeWon !== 0) || (f.seatsLeft && p.seatsTaken >= p.capacity) || (f.accessible && !p.accessible)) return false;
  return !f.openNow || applicationWindow(p, now) === 'OPEN';
}

/** The next twelve months (YYYY-MM) from this one in Seoul, for the "starting in" choice. */
export function comingMonths(today = seoulDate()): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) + i;
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
  });
}
