import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { ExportTable } from '../kpis';
import { addSheets } from '../kpis';

/** The Korean font embedded in every PDF (Pretendard, SIL Open Font License; subset to the glyphs used). */
const FONT_DIR = join(dirname(require.resolve('pretendard/package.json')), 'dist/public/static');
const FONT = { regular: join(FONT_DIR, 'Pretendard-Regular.otf'), bold: join(FONT_DIR, 'Pretendard-Bold.otf') };

/** A report: a title, lines of overview, tables, and free text sections. */
export interface ReportContent {
  title: string;
  subtitle: string;
  overview: Array<[string, string]>;
  tables: ExportTable[];
  narrative: string | null;
}

export async function reportXlsx(c: ReportContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'LA-LA LAnd';
  const ws = wb.addWorksheet('개요');
  ws.addRow([c.title]).font = { bold: true, size: 14 };
  ws.addRow([c.subtitle]);
  ws.addRow([]);
  for (const [k, v] of c.overview) ws.addRow([k, v]);
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 60;
  addSheets(wb, c.tables);
  if (c.narrative) {
    const n = wb.addWorksheet('사업 성과 서술');
    for (const para of c.narrative.split(/\n/)) n.addRow([para]);
    n.getColumn(1).width = 120;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same content as an A4 PDF in Korean, the font embedded. */
export function reportPdf(c: ReportContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: c.title, Author: 'LA-LA LAnd', Producer: 'LA-LA LAnd' },
      lang: 'ko-KR',
      displayTitle: true,
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('ko', FONT.regular);
    doc.registerFont('ko-bold', FONT.bold);
    const width = doc.page.width - 96;
    const ensure = (h: number) => {
      if (doc.y + h > doc.page.height - 60) doc.addPage();
    };
    doc.font('ko-bold').fontSize(18).text(c.title, { width });
    doc.moveDown(0.3).font('ko').fontSize(10).fillColor('#444').text(c.subtitle, { width }).fillColor('#000');
    doc.moveDown(0.8);
    for (const [k, v] of c.overview) {
      ensure(16);
      const y = doc.y;
      doc.font('ko-bold').fontSize(9.5).text(k, 48, y, { width: 140 });
      doc.font('ko').text(v, 196, y, { width: width - 148 });
      doc.moveDown(0.2);
    }
    for (const t of c.tables) {
      ensure(60);
      doc.moveDown(0.8).font('ko-bold').fontSize(12).text(t.title, 48, doc.y, { width });
      doc.moveDown(0.3);
      const cols = t.header.length;
      const first = Math.min(200, width * 0.4);
      const rest = (width - first) / Math.max(1, cols - 1);
      const row = (cells: Array<string | number | null>, bold: boolean) => {
        const texts = cells.map((v) =>
          v === null || v === undefined ? '' : typeof v === 'number' ? v.toLocaleString('ko-KR') : String(v),
        );
        doc.font(bold ? 'ko-bold' : 'ko').fontSize(8.5);
        const h = Math.max(...texts.map((s, i) => doc.heightOfString(s, { width: (i === 0 ? first : rest) - 6 }))) + 4;
        ensure(h);
        const y = doc.y;
        texts.forEach((s, i) =>
          doc.text(s, 48 + (i === 0 ? 0 : first + (i - 1) * rest), y + 2, {
            width: (i === 0 ? first : rest) - 6,
            align: i === 0 ? 'left' : 'right',
          }),
        );
        doc
          .moveTo(48, y + h)
          .lineTo(48 + width, y + h)
          .lineWidth(0.3)
          .strokeColor('#bbb')
          .stroke();
        doc.x = 48;
        doc.y = y + h;
      };
      row(t.header, true);
      for (const r of t.rows) row(r, false);
    }
    if (c.narrative) {
      doc.addPage();
      doc.font('ko-bold').fontSize(12).text('사업 성과 서술', { width });
      doc.moveDown(0.5).font('ko').fontSize(10).text(c.narrative, { width, lineGap: 3 });
    }
    doc.end();
  });
}
