/* The roster file's format: one Korean layout (ROSTER_COLUMNS, then N회차 columns) read and written by RosterFileService; pure functions, unit-tested. */
import {
  ATTENDANCE_STATUSES,
  ATTENDANCE_STATUS_LABELS,
  BUSAN_DISTRICTS,
  GENDERS,
  GENDER_LABELS,
  GLOSSARY,
  ROSTER_COLUMNS,
  seoulClock,
  seoulDate,
  csvField,
} from '@lalaland/shared';
import type { AttendanceStatus, Gender, RosterColumnKey, RosterRowError } from '@lalaland/shared';
import { AppError } from '../../core/errors/app-error';
import { ProgrammeSession } from '../programmes';

export interface ParsedRow {
  row: number;
  cells: Partial<Record<RosterColumnKey, string>>;
  marks: Array<{ column: string; session: ProgrammeSession; value: string }>;
}

/** Headers that files written before the glossary settled on one word still carry (the glossary's replaced words). */
const FORMER_HEADERS: Partial<Record<RosterColumnKey, readonly string[]>> = {
  key: GLOSSARY.participantKey.replaces,
  phone: GLOSSARY.phone.replaces,
};
export const HEADER_OF = new Map<string, RosterColumnKey>(
  ROSTER_COLUMNS.flatMap((c) => [
    [c.ko, c.key] as const,
    [c.en.toLowerCase(), c.key] as const,
    ...(FORMER_HEADERS[c.key] ?? []).map((h) => [h, c.key] as const),
  ]),
);
export const SESSION_HEADER = /^(\d{1,3})\s*(?:회차|\.|$)|^session\s*(\d{1,3})/i;
export const ATTENDANCE_OF = new Map<string, AttendanceStatus>(
  ATTENDANCE_STATUSES.flatMap((s) => [
    [ATTENDANCE_STATUS_LABELS[s].ko, s] as const,
    [s, s] as const,
    [ATTENDANCE_STATUS_LABELS[s].en.toUpperCase(), s] as const,
  ]),
);
export const GENDER_OF = new Map<string, Gender>(
  GENDERS.flatMap((g) => [
    [GENDER_LABELS[g].ko, g] as const,
    [g, g] as const,
    [GENDER_LABELS[g].en.toUpperCase(), g] as const,
    [`${GENDER_LABELS[g].ko}성`, g] as const,
  ]),
);
export const DISTRICT_OF = new Map<string, string>(
  BUSAN_DISTRICTS.flatMap((d) => [
    [d.code, d.code] as const,
    [d.ko, d.code] as const,
    [`부산광역시 ${d.ko}`, d.code] as const,
    [d.en.toUpperCase(), d.code] as const,
  ]),
);
export const DISTRICT_NAME = new Map(BUSAN_DISTRICTS.map((d) => [d.code, d.ko]));
export const headerOf = (key: RosterColumnKey) => ROSTER_COLUMNS.find((c) => c.key === key)!.ko;

/** Thrown inside the import transaction to roll a dry run back after it has done everything. */
/** "1회차 (09-01 10:00)": the number is what an import reads back. */
export function sessionHeader(n: number, s: ProgrammeSession): string {
  return `${n}회차 (${seoulDate(s.startsAt).slice(5)} ${seoulClock(s.startsAt)})`;
}

export function rowError(row: number, column: string | null, err: AppError): RosterRowError {
  const messages = err.extensions.messages as { ko: string; en: string };
  return { row, column, code: err.code, ko: messages.ko, en: messages.en };
}

/** A roster CSV cell: the shared rule (formulas defused, quoting as needed). */
export const csvCell = (v: string): string => csvField(v);

/** Excel turns 01012345678 typed into a number cell into 1012345678: give the zero back. */
export function excelPhone(v: string): string {
  const digits = v.replace(/[\s-]/g, '');
  return /^1\d{8,9}$/.test(digits) ? `0${digits}` : v;
}

/** Finds the header row (within the first five), maps the columns, and returns the non-empty data rows. */
export function parseRoster(table: string[][], sessions: ProgrammeSession[]): { rows: ParsedRow[]; errors: RosterRowError[] } {
  const headerIndex = table
    .slice(0, 5)
    .findIndex((r) => r.some((h) => HEADER_OF.get(h) === 'name' || HEADER_OF.get(h.toLowerCase()) === 'name'));
  if (headerIndex < 0) throw new AppError('IMPORT_COLUMNS_MISSING', { params: { columns: `${headerOf('key')} / ${headerOf('name')}` } });
  const header = table[headerIndex]!;
  const columns = new Map<RosterColumnKey, number>();
  const sessionColumns: Array<{ index: number; column: string; session: ProgrammeSession | undefined }> = [];
  header.forEach((h, index) => {
    const key = HEADER_OF.get(h) ?? HEADER_OF.get(h.toLowerCase());
    if (key) columns.set(key, index);
    const m = SESSION_HEADER.exec(h);
    if (m && !key) sessionColumns.push({ index, column: h, session: sessions[Number(m[1] ?? m[2]) - 1] });
  });
  const errors: RosterRowError[] = [];
  for (const s of sessionColumns.filter((x) => !x.session))
    errors.push(rowError(headerIndex + 1, s.column, new AppError('IMPORT_SESSION_UNKNOWN', { params: { column: s.column } })));
  const rows: ParsedRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const r = table[i]!;
    if (!r.some((v) => v)) continue;
    const cells: ParsedRow['cells'] = {};
    for (const [key, index] of columns) if (r[index]) cells[key] = r[index];
    const marks = sessionColumns.flatMap((s) =>
      s.session && r[s.index] ? [{ column: s.column, session: s.session, value: r[s.index]! }] : [],
    );
    rows.push({ row: i + 1, cells, marks });
  }
  return { rows, errors };
}
