import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource, EntityManager } from 'typeorm';
import {
  ATTENDANCE_STATUSES,
  ATTENDANCE_STATUS_LABELS,
  BUSAN_DISTRICTS,
  CONSENT_YES,
  ENROLMENT_STATUS_LABELS,
  GENDERS,
  GENDER_LABELS,
  PROGRAMME_ENROLLABLE,
  ROSTER_COLUMNS,
  ROSTER_IMPORT_MAX_ROWS,
  normalizePhone,
  seoulClock,
  seoulDate,
} from '@lalaland/shared';
import type { AttendanceStatus, Gender, PersonalField, RosterColumnKey, RosterImportResult, RosterRowError } from '@lalaland/shared';
import { RequestContext, loadEach } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { ProgrammeService, ProgrammeSessionService, ProgrammeSession } from '../programmes';
import { Participant, ParticipantService, PiiCipher } from '../participants';
import { Enrolment } from './enrolment.entity';
import { EnrolmentService } from './enrolment.service';
import { AttendanceService } from './attendance.service';
import { readRosterTable, rosterMaxColumns } from './roster-table';
import { Transactions } from '../../core/database/transaction';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Upload limit of the import route. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

interface ParsedRow {
  row: number;
  cells: Partial<Record<RosterColumnKey, string>>;
  marks: Array<{ column: string; session: ProgrammeSession; value: string }>;
}

const ALL_FIELDS: PersonalField[] = ['NAME', 'PHONE', 'BIRTH_YEAR', 'GENDER', 'DISTRICT'];
const HEADER_OF = new Map<string, RosterColumnKey>(ROSTER_COLUMNS.flatMap((c) => [[c.ko, c.key] as const, [c.en.toLowerCase(), c.key] as const]));
const SESSION_HEADER = /^(\d{1,3})\s*(?:회차|\.|$)|^session\s*(\d{1,3})/i;
const ATTENDANCE_OF = new Map<string, AttendanceStatus>(
  ATTENDANCE_STATUSES.flatMap((s) => [[ATTENDANCE_STATUS_LABELS[s].ko, s] as const, [s, s] as const, [ATTENDANCE_STATUS_LABELS[s].en.toUpperCase(), s] as const]),
);
const GENDER_OF = new Map<string, Gender>(
  GENDERS.flatMap((g) => [[GENDER_LABELS[g].ko, g] as const, [g, g] as const, [GENDER_LABELS[g].en.toUpperCase(), g] as const, [`${GENDER_LABELS[g].ko}성`, g] as const]),
);
const DISTRICT_OF = new Map<string, string>(
  BUSAN_DISTRICTS.flatMap((d) => [[d.code, d.code] as const, [d.ko, d.code] as const, [`부산광역시 ${d.ko}`, d.code] as const, [d.en.toUpperCase(), d.code] as const]),
);
const DISTRICT_NAME = new Map(BUSAN_DISTRICTS.map((d) => [d.code, d.ko]));
const headerOf = (key: RosterColumnKey) => ROSTER_COLUMNS.find((c) => c.key === key)!.ko;

/** Thrown inside the import transaction to roll a dry run back after it has done everything. */
class DryRunRollback extends Error {}

/**
 * The roster of a programme as a file: export (XLSX or CSV with a BOM for Excel) and import in the same layout.
 * An import is one transaction through the same services as the portal (registration with consent, enrolment
 * with the seat lock, attendance), so every rule holds; a dry run does all of it and rolls back, so its report is
 * exactly what the import would do. Any row error rolls everything back: all or nothing.
 */
@Injectable()
export class RosterFileService {
  constructor(
    private readonly tx: Transactions,
    @InjectDataSource() private readonly db: DataSource,
    private readonly programmes: ProgrammeService,
    private readonly sessions: ProgrammeSessionService,
    private readonly participants: ParticipantService,
    private readonly enrolments: EnrolmentService,
    private readonly attendance: AttendanceService,
    private readonly cipher: PiiCipher,
  ) {}

  async export(ctx: RequestContext, programmeId: string, format: 'xlsx' | 'csv'): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const access = await this.programmes.access(ctx, programmeId);
    const roster = await this.enrolments.roster(ctx, programmeId, { offset: 0, limit: ROSTER_IMPORT_MAX_ROWS });
    if (!roster) throw new AppError('FORBIDDEN');
    const sessions = (await this.sessions.byProgramme(ctx).load(programmeId)) ?? [];
    const marks: Array<{ session_id: string; enrolment_id: string; status: AttendanceStatus }> = await this.db.query(
      'SELECT a.session_id, a.enrolment_id, a.status FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE e.id = ANY($1::uuid[])',
      [roster.items.map((e) => e.id)],
    );
    const markOf = new Map(marks.map((m) => [`${m.enrolment_id}:${m.session_id}`, m.status]));
    const people = await loadEach(
      this.participants.byId(ctx),
      roster.items.map((e) => e.participantId),
    );
    const header = [...ROSTER_COLUMNS.map((c) => c.ko), ...sessions.map((s, i) => sessionHeader(i + 1, s))];
    // A read of personal data like any other: only what consent and role allow, and logged. Asked for all at
    // once, so the consent checks and the access-log rows go in one batch, not one query per line.
    const personals = await Promise.all(people.map((person) => (person ? this.participants.personal(ctx, person, ALL_FIELDS, 'roster-export') : null)));
    const rows: string[][] = [];
    for (const [i, e] of roster.items.entries()) {
      const person = people[i];
      if (!person) continue;
      const personal = personals[i];
      rows.push([
        person.pseudonymKey,
        personal?.name ?? '',
        personal?.phone ?? '',
        personal?.birthYear ? String(personal.birthYear) : '',
        personal?.gender ? GENDER_LABELS[personal.gender].ko : '',
        personal?.districtCode ? (DISTRICT_NAME.get(personal.districtCode) ?? personal.districtCode) : '',
        personal ? '예' : '',
        ENROLMENT_STATUS_LABELS[e.status].ko,
        ...sessions.map((s) => {
          const m = markOf.get(`${e.id}:${s.id}`);
          return m ? ATTENDANCE_STATUS_LABELS[m].ko : '';
        }),
      ]);
    }
    const base = `${access.programme.titleKo.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}-명단`;
    if (format === 'csv') {
      const csv = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
      return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8') };
    }
    const wb = new ExcelJS.Workbook();
    wb.creator = 'LA-LA LAnd';
    const ws = wb.addWorksheet('명단');
    ws.addRow(header).font = { bold: true };
    for (const r of rows) ws.addRow(r);
    // Phone numbers, keys and years stay text, so Excel keeps the leading zero.
    ws.columns.forEach((c, i) => {
      c.width = i < ROSTER_COLUMNS.length ? 14 : 18;
      c.numFmt = '@';
    });
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
    return { filename: `${base}.xlsx`, contentType: XLSX_TYPE, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }

  async import(
    ctx: RequestContext,
    programmeId: string,
    file: Buffer,
    options: { dryRun: boolean; retentionUntil: string },
    progress: (done: number, total: number) => void = () => {},
  ): Promise<RosterImportResult> {
    const access = await this.programmes.access(ctx, programmeId);
    if (!access.takesAttendance) throw new AppError('FORBIDDEN');
    if (file.length > IMPORT_MAX_BYTES) throw new AppError('IMPORT_TOO_LARGE', { params: { max: IMPORT_MAX_BYTES / 1024 / 1024 } });
    const sessions = (await this.sessions.byProgramme(ctx).load(programmeId)) ?? [];
    const table = await readRosterTable(file, rosterMaxColumns(sessions.length));
    const { rows, errors } = parseRoster(table, sessions);
    const result: RosterImportResult = { dryRun: options.dryRun, applied: false, rows: rows.length, created: 0, matched: 0, enrolled: 0, waitlisted: 0, marks: 0, errors };
    if (rows.length > ROSTER_IMPORT_MAX_ROWS) throw new AppError('IMPORT_TOO_MANY_ROWS', { params: { max: ROSTER_IMPORT_MAX_ROWS, rows: rows.length } });
    try {
      await this.tx.run(ctx, async (em) => {
        const marks = new Map<string, Array<{ enrolmentId: string; status: AttendanceStatus }>>();
        for (const [n, row] of rows.entries()) {
          progress(n, rows.length);
          try {
            await this.importRow(ctx, em, programmeId, row, options.retentionUntil, result, marks);
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            result.errors.push(rowError(row.row, null, err));
          }
        }
        progress(rows.length, rows.length);
        if (result.errors.length) throw new DryRunRollback();
        for (const [sessionId, entries] of marks) await this.attendance.record(ctx, { sessionId, entries });
        if (options.dryRun) throw new DryRunRollback();
      });
      result.applied = true;
    } catch (err) {
      if (!(err instanceof DryRunRollback)) throw err;
    }
    result.errors.sort((a, b) => a.row - b.row);
    return result;
  }

  /** One row: find or register the participant, enrol if needed, and collect attendance marks that change. */
  private async importRow(
    ctx: RequestContext,
    em: EntityManager,
    programmeId: string,
    row: ParsedRow,
    retentionUntil: string,
    result: RosterImportResult,
    marks: Map<string, Array<{ enrolmentId: string; status: AttendanceStatus }>>,
  ): Promise<void> {
    const c = row.cells;
    const problems: RosterRowError[] = [];
    const invalid = (key: RosterColumnKey) =>
      problems.push(rowError(row.row, headerOf(key), new AppError('IMPORT_VALUE_INVALID', { params: { column: headerOf(key), value: (c[key] ?? '').slice(0, 40) } })));
    const required = (key: RosterColumnKey) => problems.push(rowError(row.row, headerOf(key), new AppError('IMPORT_VALUE_REQUIRED', { params: { column: headerOf(key) } })));
    const statuses = row.marks.map((m) => {
      const status = ATTENDANCE_OF.get(m.value.toUpperCase()) ?? ATTENDANCE_OF.get(m.value);
      if (!status) problems.push(rowError(row.row, m.column, new AppError('IMPORT_VALUE_INVALID', { params: { column: m.column, value: m.value.slice(0, 40) } })));
      return status;
    });

    let participant: Participant | null = null;
    if (c.key) {
      // A key names someone the organization holds, or someone already on this programme's roster.
      participant = await em
        .getRepository(Participant)
        .createQueryBuilder('p')
        .where('p.pseudonym_key = :k', { k: c.key.toUpperCase() })
        .andWhere('(p.organization_id = :org OR EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND e.programme_id = :pid))', { org: ctx.activeOrganizationId, pid: programmeId })
        .getOne();
      if (!participant) problems.push(rowError(row.row, headerOf('key'), new AppError('PARTICIPANT_NOT_FOUND')));
    } else {
      const name = c.name?.trim();
      const birthYear = c.birthYear ? Number(c.birthYear) : NaN;
      const phone = c.phone ? normalizePhone(excelPhone(c.phone)) : null;
      const gender = c.gender ? (GENDER_OF.get(c.gender.toUpperCase()) ?? GENDER_OF.get(c.gender)) : undefined;
      const district = c.district ? (DISTRICT_OF.get(c.district.toUpperCase()) ?? DISTRICT_OF.get(c.district)) : undefined;
      if (!name) required('name');
      else if (name.length > 50) invalid('name');
      if (!c.birthYear) required('birthYear');
      else if (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > new Date().getFullYear()) invalid('birthYear');
      if (c.phone && !phone) invalid('phone');
      if (c.gender && !gender) invalid('gender');
      if (c.district && !district) invalid('district');
      if (!c.consent) required('consent');
      else if (!CONSENT_YES.includes(c.consent.toUpperCase())) invalid('consent');
      if (!problems.length) {
        const phoneHash = phone ? this.cipher.hash(phone) : null;
        participant = phoneHash ? await em.getRepository(Participant).findOneBy({ organizationId: ctx.activeOrganizationId!, phoneHash, name: name! }) : null;
        if (participant) {
          result.matched++;
          this.participants.byId(ctx).prime(participant.id, participant);
        } else {
          const items: PersonalField[] = ['NAME', 'BIRTH_YEAR', ...(phone ? (['PHONE'] as const) : []), ...(gender ? (['GENDER'] as const) : []), ...(district ? (['DISTRICT'] as const) : [])];
          participant = await this.participants.register(ctx, {
            name: name!,
            phone,
            birthYear,
            gender: gender ?? null,
            districtCode: district ?? null,
            consent: { given: true, items, retentionUntil, method: 'WRITTEN' },
          });
          result.created++;
        }
      }
    }
    if (problems.length || !participant) {
      result.errors.push(...problems);
      return;
    }
    if (c.key) result.matched++;

    let enrolment = await em.findOneBy(Enrolment, { programmeId, participantId: participant.id });
    if (!enrolment) {
      const p = await this.programmes.get(ctx, programmeId);
      if (!PROGRAMME_ENROLLABLE.includes(p.status)) throw new AppError('PROGRAMME_NOT_ENROLLABLE');
      enrolment = await this.enrolments.enrol(ctx, programmeId, participant.id);
      if (enrolment.status === 'WAITLISTED') result.waitlisted++;
      else result.enrolled++;
    }
    if (!row.marks.length) return;
    const existing: Array<{ session_id: string; status: AttendanceStatus }> = await em.query('SELECT session_id, status FROM attendance WHERE enrolment_id = $1', [enrolment.id]);
    const current = new Map(existing.map((a) => [a.session_id, a.status]));
    for (const [i, m] of row.marks.entries()) {
      const status = statuses[i];
      if (!status || current.get(m.session.id) === status) continue; // unchanged marks are not written again
      if (enrolment.status !== 'ENROLLED' && enrolment.status !== 'COMPLETED') {
        result.errors.push(rowError(row.row, m.column, new AppError('NOT_ON_ROSTER')));
        continue;
      }
      marks.set(m.session.id, [...(marks.get(m.session.id) ?? []), { enrolmentId: enrolment.id, status }]);
      result.marks++;
    }
  }
}

/** "1회차 (09-01 10:00)": the number is what an import reads back. */
function sessionHeader(n: number, s: ProgrammeSession): string {
  return `${n}회차 (${seoulDate(s.startsAt).slice(5)} ${seoulClock(s.startsAt)})`;
}

function rowError(row: number, column: string | null, err: AppError): RosterRowError {
  const messages = err.extensions.messages as { ko: string; en: string };
  return { row, column, code: err.code, ko: messages.ko, en: messages.en };
}

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v;
}

/** Excel turns 01012345678 typed into a number cell into 1012345678: give the zero back. */
function excelPhone(v: string): string {
  const digits = v.replace(/[\s-]/g, '');
  return /^1\d{8,9}$/.test(digits) ? `0${digits}` : v;
}

/** Finds the header row (within the first five), maps the columns, and returns the non-empty data rows. */
function parseRoster(table: string[][], sessions: ProgrammeSession[]): { rows: ParsedRow[]; errors: RosterRowError[] } {
  const headerIndex = table.slice(0, 5).findIndex((r) => r.some((h) => HEADER_OF.get(h) === 'name' || HEADER_OF.get(h.toLowerCase()) === 'name'));
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
  for (const s of sessionColumns.filter((x) => !x.session)) errors.push(rowError(headerIndex + 1, s.column, new AppError('IMPORT_SESSION_UNKNOWN', { params: { column: s.column } })));
  const rows: ParsedRow[] = [];
  for (let i = headerIndex + 1; i < table.length; i++) {
    const r = table[i]!;
    if (!r.some((v) => v)) continue;
    const cells: ParsedRow['cells'] = {};
    for (const [key, index] of columns) if (r[index]) cells[key] = r[index];
    const marks = sessionColumns.flatMap((s) => (s.session && r[s.index] ? [{ column: s.column, session: s.session, value: r[s.index]! }] : []));
    rows.push({ row: i + 1, cells, marks });
  }
  return { rows, errors };
}
