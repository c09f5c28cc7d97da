import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS, executionRate } from '@lalaland/shared';
import { RequestContext, loadEach } from '../../core/context/request-context';
import { OrganizationService } from '../organizations';
import { FundingService } from './funding.service';
import { BudgetTotals } from './funding.dto';

const WON = '"₩"#,##0';
const PERCENT = '0.0"%"';

/** The budget status of a stream as an XLSX workbook in Korean: the same figures (and the same visibility) as budgetSummary. */
@Injectable()
export class BudgetExportService {
  constructor(
    private readonly funding: FundingService,
    private readonly organizations: OrganizationService,
  ) {}

  async budgetWorkbook(ctx: RequestContext, streamId: string): Promise<{ filename: string; body: Buffer }> {
    const stream = await this.funding.get(ctx, streamId);
    const summary = await this.funding.summary(ctx, streamId);
    const orgs = await loadEach(this.organizations.byId(ctx), [...new Set(summary.lines.map((l) => l.organizationId))]);
    const orgName = new Map(orgs.flatMap((o) => (o ? [[o.id, o.nameKo] as const] : [])));

    const wb = new ExcelJS.Workbook();
    wb.creator = 'LA-LA LAnd';
    wb.created = new Date();
    const ws = wb.addWorksheet('예산 현황');
    ws.addRow([`${stream.nameKo} 예산 집행 현황`]).font = { bold: true, size: 14 };
    ws.addRow(['회계연도', stream.fiscalYear, '사업기간', `${stream.periodStart} ~ ${stream.periodEnd}`]);
    ws.addRow(['국비 교부액', stream.nationalAmount]).getCell(2).numFmt = WON;
    ws.addRow(['집행액은 승인된 집행 건의 합계입니다. e나라도움이 국고보조금의 공식 장부입니다.']).font = { italic: true, size: 9 };
    ws.addRow([]);
    const header = ws.addRow(['기관', '비목', '재원', '계획액', '집행액', '승인대기', '잔액', '집행률']);
    header.font = { bold: true };
    for (const l of summary.lines) {
      const row = ws.addRow([
        orgName.get(l.organizationId) ?? '',
        BUDGET_CATEGORY_LABELS[l.category].ko,
        FUNDING_SOURCE_LABELS[l.source].ko,
        l.plannedAmount,
        l.executed,
        l.pending,
        l.plannedAmount - l.executed,
        executionRate(l.executed, l.plannedAmount),
      ]);
      styleMoney(row, 4, 7);
    }
    const total = ws.addRow([
      '합계',
      '',
      '',
      summary.total.planned,
      summary.total.executed,
      summary.total.pending,
      summary.total.planned - summary.total.executed,
      summary.total.rate,
    ]);
    total.font = { bold: true };
    styleMoney(total, 4, 7);

    const byTotals = (title: string, rows: Array<[string, BudgetTotals]>) => {
      const sheet = wb.addWorksheet(title);
      sheet.addRow([title === '비목별' ? '비목' : '재원', '계획액', '집행액', '승인대기', '잔액', '집행률']).font = { bold: true };
      for (const [label, t] of rows)
        styleMoney(sheet.addRow([label, t.planned, t.executed, t.pending, t.planned - t.executed, t.rate]), 2, 5);
      const sum = sheet.addRow([
        '합계',
        summary.total.planned,
        summary.total.executed,
        summary.total.pending,
        summary.total.planned - summary.total.executed,
        summary.total.rate,
      ]);
      sum.font = { bold: true };
      styleMoney(sum, 2, 5);
      sheet.columns.forEach((c) => (c.width = 16));
    };
    byTotals(
      '비목별',
      summary.byCategory.map((t) => [BUDGET_CATEGORY_LABELS[t.category].ko, t]),
    );
    byTotals(
      '재원별',
      summary.bySource.map((t) => [FUNDING_SOURCE_LABELS[t.source].ko, t]),
    );
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 30 : 16));

    const body = Buffer.from(await wb.xlsx.writeBuffer());
    return { filename: `${stream.code}-budget-${new Date().toISOString().slice(0, 10)}.xlsx`, body };
  }
}

function styleMoney(row: ExcelJS.Row, from: number, to: number) {
  for (let c = from; c <= to; c++) row.getCell(c).numFmt = WON;
  row.getCell(to + 1).numFmt = PERCENT;
}
