import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { AGE_BAND_LABELS, KPI_DIMENSION_LABELS, KPI_UNIT_LABELS, csvField } from '@lalaland/shared';
import { RequestContext } from '../../core/context/request-context';
import { KPI_BY_CODE } from './kpi-dictionary';
import { KpiService } from './kpi.service';
import type { Dashboard, DashboardArgs, Figure } from './kpi.types';

/** A table as exported: a title, a header and rows (numbers stay numbers; a suppressed cell is "<5"). */
export interface ExportTable {
  title: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}

const HIDDEN = '<5';
const cell = (v: number | null, suppressed = true) => (v === null ? (suppressed ? HIDDEN : '') : v);

/** The figures table: KPI, unit, target, actual, achievement (the same one the screen, the report and the exports show). */
export function figureTable(title: string, figures: Figure[]): ExportTable {
  return {
    title,
    header: ['지표', '단위', '목표', '실적', '달성률(%)', '기준값'],
    rows: figures.map((f) => {
      const k = KPI_BY_CODE.get(f.code)!;
      return [k.nameKo, KPI_UNIT_LABELS[k.unit].ko, f.target, f.suppressed ? HIDDEN : f.actual, f.achievement, f.baseline];
    }),
  };
}

/** Every table of a dashboard, in Korean. */
export function dashboardTables(d: Dashboard): ExportTable[] {
  const tables: ExportTable[] = [figureTable('성과지표', d.figures)];
  for (const s of d.streamFigures) tables.push(figureTable(`사업별 — ${s.stream.nameKo}`, s.figures));
  for (const b of d.breakdowns) {
    tables.push({
      title: KPI_DIMENSION_LABELS[b.dimension].ko,
      header: ['구분', '참여자(실인원)', '참여 건수', '수료', '학습 시간'],
      rows: [...b.rows, b.total].map((r) => [
        r.labelKo,
        cell(r.participants),
        cell(r.enrolments),
        cell(r.completions),
        cell(r.learningHours),
      ]),
    });
  }
  tables.push({
    title: '프로그램별 세대 다양성',
    header: ['프로그램', '참여 건수', '세대 다양성 지수'],
    rows: d.programmeMix.map((m) => [m.title, cell(m.people), m.mixIndex]),
  });
  tables.push({
    title: '멘토×학습자 연령대',
    header: ['멘토 연령대', '학습자 연령대', '쌍'],
    rows: d.mentorPairs.map((p) => [AGE_BAND_LABELS[p.mentorAgeBand].ko, AGE_BAND_LABELS[p.learnerAgeBand].ko, cell(p.pairs)]),
  });
  return tables;
}

/** CSV in UTF-8 with a BOM (Excel opens Korean right), formula-looking text defused. */
export function toCsv(tables: ExportTable[]): Buffer {
  const esc = csvField;
  const lines: string[] = [];
  for (const t of tables) {
    lines.push(esc(t.title), t.header.map(esc).join(','), ...t.rows.map((r) => r.map(esc).join(',')), '');
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8');
}

/** Sheets into a workbook: one per table, or all one after another on one sheet. */
export function addSheets(wb: ExcelJS.Workbook, tables: ExportTable[], sheetName?: string): void {
  const one = sheetName ? wb.addWorksheet(sheetName) : null;
  const names = new Set<string>();
  for (const t of tables) {
    let ws = one;
    if (!ws) {
      let name = t.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28);
      while (names.has(name)) name = `${name.slice(0, 26)}_${names.size}`;
      names.add(name);
      ws = wb.addWorksheet(name);
    } else ws.addRow([]);
    ws.addRow([t.title]).font = { bold: true, size: 12 };
    ws.addRow(t.header).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 34 : 16));
  }
}

@Injectable()
export class KpiExportService {
  constructor(private readonly kpis: KpiService) {}

  async dashboardFile(ctx: RequestContext, args: DashboardArgs, format: 'xlsx' | 'csv'): Promise<{ filename: string; body: Buffer }> {
    const d = await this.kpis.dashboard(ctx, args);
    const tables = dashboardTables(d);
    const name = `${d.scope.kind === 'STREAM' ? d.scope.streams[0]?.code : d.scope.kind.toLowerCase()}-${d.scope.year}${d.scope.quarter ? `Q${d.scope.quarter}` : ''}-kpi`;
    if (format === 'csv') return { filename: `${name}.csv`, body: toCsv(tables) };
    const wb = new ExcelJS.Workbook();
    wb.creator = 'LA-LA LAnd';
    addSheets(wb, tables);
    return { filename: `${name}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
}
