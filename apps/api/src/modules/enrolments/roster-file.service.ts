import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ATTENDANCE_STATUS_LABELS,
  CONSENT_YES,
  ENROLMENT_STATUS_LABELS,
  GENDER_LABELS,
  PROGRAMME_ENROLLABLE,
  ROSTER_COLUMNS,
  SEAT_HOLDING,
  ROSTER_IMPORT_MAX_ROWS,
  normalizePhone,
  itemsStored,
} from '@lalaland/shared';
import type { AttendanceStatus, PersonalField, RosterColumnKey, RosterImportResult, RosterRowError } from '@lalaland/shared';
import { RequestContext, loadEach } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { ProgrammeService, ProgrammeSessionService } from '../programmes';
import { Participant, ParticipantService, PersonalDataDownloads, PiiCipher, PARTICIPANTS, findParticipant } from '../participants';
import { Enrolment } from './enrolment.entity';
import { EnrolmentService } from './enrolment.service';
import { AttendanceService } from './attendance.service';
import { readRosterTable, rosterMaxColumns } from './roster-table';
import { Transactions } from '../../core/database/transaction';
import ExcelJS from 'exceljs';
import {
  ParsedRow,
  ATTENDANCE_OF,
  GENDER_OF,
  DISTRICT_OF,
  DISTRICT_NAME,
  headerOf,
  sessionHeader,
  rowError,
  csvCell,
  excelPhone,
  parseRoster,
} from './roster-format';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Upload limit of the import route. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const ALL_FIELDS: PersonalField[] = ['NAME', 'PHONE', 'BIRTH_YEAR', 'GENDER', 'DISTRICT'];

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
    private readonly downloads: PersonalDataDownloads,
  ) {}

  async export(
    ctx: RequestContext,
    programmeId: string,
    format: 'xlsx' | 'csv',
    reason: string | null = null,
  ): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const access = await this.programmes.access(ctx, programmeId);
    const roster = await this.enrolments.roster(ctx, programmeId, { offset: 0, limit: ROSTER_IMPORT_MAX_ROWS });
    if (!roster) throw new AppError('FORBIDDEN');
    // Above the organization's threshold the reason comes first: nothing is read (nor logged) without it.
    const why = await this.downloads.check(ctx, roster.items.length, reason);
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
    const personals = await Promise.all(
      people.map((person) => (person ? this.participants.personal(ctx, person, ALL_FIELDS, 'roster-export') : null)),
    );
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
    await this.downloads.record(ctx, { purpose: `roster-export:${format}`, people: personals.filter(Boolean).length, reason: why });
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
    const result: RosterImportResult = {
      dryRun: options.dryRun,
      applied: false,
      rows: rows.length,
      created: 0,
      matched: 0,
      enrolled: 0,
      waitlisted: 0,
      marks: 0,
      errors,
    };
    if (rows.length > ROSTER_IMPORT_MAX_ROWS)
      throw new AppError('IMPORT_TOO_MANY_ROWS', { params: { max: ROSTER_IMPORT_MAX_ROWS, rows: rows.length } });
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
      problems.push(
        rowError(
          row.row,
          headerOf(key),
          new AppError('IMPORT_VALUE_INVALID', { params: { column: headerOf(key), value: (c[key] ?? '').slice(0, 40) } }),
        ),
      );
    const required = (key: RosterColumnKey) =>
      problems.push(rowError(row.row, headerOf(key), new AppError('IMPORT_VALUE_REQUIRED', { params: { column: headerOf(key) } })));
    const statuses = row.marks.map((m) => {
      const status = ATTENDANCE_OF.get(m.value.toUpperCase()) ?? ATTENDANCE_OF.get(m.value);
      if (!status)
        problems.push(
          rowError(row.row, m.column, new AppError('IMPORT_VALUE_INVALID', { params: { column: m.column, value: m.value.slice(0, 40) } })),
        );
      return status;
    });

    let participant: Participant | null = null;
    if (c.key) {
      // A key names someone the organization holds, or someone already on this programme's roster.
      const [found] = (await em.query(
        `SELECT p.id FROM ${PARTICIPANTS} p WHERE p.pseudonym_key = $1
            AND (p.organization_id = $2 OR EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND e.programme_id = $3))`,
        [c.key.toUpperCase(), ctx.activeOrganizationId, programmeId],
      )) as Array<{ id: string }>;
      participant = found ? await findParticipant(em, { id: found.id }) : null;
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
        participant = phoneHash ? await findParticipant(em, { organizationId: ctx.activeOrganizationId!, phoneHash, name: name! }) : null;
        if (participant) {
          result.matched++;
          this.participants.byId(ctx).prime(participant.id, participant);
        } else {
          const items = itemsStored({ phone, gender, districtCode: district });
          try {
            participant = await this.participants.register(ctx, {
              name: name!,
              phone,
              birthYear,
              gender: gender ?? null,
              districtCode: district ?? null,
              consent: { given: true, items, retentionUntil, method: 'WRITTEN' },
            });
            result.created++;
          } catch (err) {
            // Someone already held under this name and birth year: the row names them by key (식별번호) or is refused.
            if (!(err instanceof AppError) || err.code !== 'PARTICIPANT_POSSIBLE_DUPLICATE') throw err;
            problems.push(rowError(row.row, headerOf('name'), err));
          }
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
    const existing: Array<{ session_id: string; status: AttendanceStatus }> = await em.query(
      'SELECT session_id, status FROM attendance WHERE enrolment_id = $1',
      [enrolment.id],
    );
    const current = new Map(existing.map((a) => [a.session_id, a.status]));
    for (const [i, m] of row.marks.entries()) {
      const status = statuses[i];
      if (!status || current.get(m.session.id) === status) continue; // unchanged marks are not written again
      if (!SEAT_HOLDING.includes(enrolment.status)) {
        result.errors.push(rowError(row.row, m.column, new AppError('NOT_ON_ROSTER')));
        continue;
      }
      marks.set(m.session.id, [...(marks.get(m.session.id) ?? []), { enrolmentId: enrolment.id, status }]);
      result.marks++;
    }
  }
}
