import ExcelJS from 'exceljs';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { Client, startTestApp, TestApp } from './support/app';
import { expectAccess } from './support/access-matrix';
import { DASHBOARD, REPORT_RUN, REQUEST_REPORT } from './support/kpis';
import { graphql } from './gql';

const REPORT_FILES = graphql(`
  query TestReportFiles($id: ID!) {
    documents(recordType: REPORT, recordId: $id) {
      id
      name
      size
    }
  }
`);

/** The text of a PDF as pdf.js reads it (what a screen reader or a search would get). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ') + '\n';
  }
  return text;
}

describe('the Ministry result report and the national statistics: in the background, kept as documents, the same figures as the dashboard', () => {
  let t: TestApp, city: Client, saha: Client, ministry: Client;
  let stream: string;
  const drain = async () => {
    while ((await t.app.get(OutboxWorker).drain()) > 0);
  };
  const files = async (who: Client, runId: string) => {
    const r = await who.gql(REPORT_FILES, { id: runId });
    return { code: Client.code(r), docs: r.data?.documents ?? [] };
  };
  const download = async (who: Client, id: string) => {
    const res = await fetch(`${t.url}/documents/${id}`, { headers: { cookie: who.cookie! } });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startTestApp([], { OUTBOX_WORKER: 'off' });
    [city, saha, ministry] = (await Promise.all(['city.admin', 'saha.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
    ];
    stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
  });
  afterAll(() => t.close());

  it('the lead asks; it is generated after commit with its progress written as it goes; XLSX and a Korean PDF with the font embedded are kept', async () => {
    const narrative = '올해 LA-LA LAnd는 세대가 함께 배우는 과정을 처음 열었습니다.\n내년에는 사하구와 함께 멘토 양성을 넓힙니다.';
    const run = (await city.gql(REQUEST_REPORT, { i: { streamId: stream, year: 2025, kind: 'RESULT', narrative } })).data!.requestReport;
    expect(run).toMatchObject({ status: 'QUEUED', progress: 0 });
    const { sql } = await t.statements(drain);
    expect(sql.filter((s) => /UPDATE report_run SET progress/.test(s)).length).toBeGreaterThanOrEqual(6); // the bar moves step by step
    expect((await city.gql(REPORT_RUN, { id: run.id })).data!.reportRun).toMatchObject({ status: 'DONE', progress: 100, failure: null });
    const { docs } = await files(city, run.id);
    expect(docs.map((d) => d.name).sort()).toEqual(['LALALAND-2025-2025-결과보고서.pdf', 'LALALAND-2025-2025-결과보고서.xlsx']);

    const pdf = await download(ministry, docs.find((d) => d.name.endsWith('.pdf'))!.id);
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.body.toString('latin1')).toMatch(/\/FontFile3|\/FontFile2/); // the font is embedded, not referenced
    const text = (await pdfText(pdf.body)).replace(/\s+/g, '');
    for (const expected of [
      '내일을꿈꾸는LA-LALAnd',
      '성과지표달성현황',
      '예산집행—비목별',
      '프로그램별참여와수료',
      '만족도조사',
      '세대가함께배우는과정',
    ])
      expect(text).toContain(expected);

    // The report's KPI table equals the dashboard the ministry sees, which equals a direct recount.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(city, docs.find((d) => d.name.endsWith('.xlsx'))!.id)).body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('성과지표 달성 현황')!;
    const actualOf = (name: string) => {
      let v: unknown;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === name) v = row.getCell(4).value;
      });
      return v;
    };
    const d = (await ministry.gql(DASHBOARD, { kind: 'STREAM', streamId: stream, year: 2025 })).data!.kpiDashboard;
    const [direct] = (await t.db.query(
      `SELECT count(DISTINCT e.participant_id)::int AS people, (SELECT count(*) FROM programme WHERE stream_id = $1 AND status IN ('RUNNING','COMPLETED') AND starts_on BETWEEN '2025-01-01' AND '2025-12-31')::int AS programmes
         FROM enrolment e JOIN programme p ON p.id = e.programme_id
        WHERE p.stream_id = $1 AND e.status IN ('ENROLLED','COMPLETED','NOT_COMPLETED') AND e.applied_at >= '2025-01-01 00:00+09' AND e.applied_at < '2026-01-01 00:00+09'`,
      [stream],
    )) as Array<{ people: number; programmes: number }>;
    expect(actualOf('참여자(실인원)')).toBe(direct!.people);
    expect(d.figures.find((f) => f.code === 'PARTICIPANTS')!.actual).toBe(direct!.people);
    expect(actualOf('운영 프로그램 수')).toBe(direct!.programmes);
    expect(wb.getWorksheet('사업 성과 서술')!.getRow(1).getCell(1).value).toBe(
      '올해 LA-LA LAnd는 세대가 함께 배우는 과정을 처음 열었습니다.',
    );
  });

  it('role × organization: the lead’s admins ask; the lead and the ministry read; members and others get NOT_FOUND', async () => {
    await expectAccess(
      t,
      REQUEST_REPORT,
      { i: { streamId: stream, year: 2025, kind: 'RESULT' } },
      { sahaStaff: 'FORBIDDEN', ministryViewer: 'FORBIDDEN', namAdmin: 'FUNDING_STREAM_NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    );
    const run = (await city.gql(REQUEST_REPORT, { i: { streamId: stream, year: 2025, kind: 'NATIONAL_STATISTICS' } })).data!.requestReport;
    await drain();
    await expectAccess(
      t,
      REPORT_RUN,
      { id: run.id },
      {
        cityAdmin: 'ok',
        ministryViewer: 'ok',
        platformAdmin: 'ok',
        sahaStaff: 'REPORT_NOT_FOUND',
        namStaff: 'REPORT_NOT_FOUND',
        anonymous: 'UNAUTHENTICATED',
      },
    );
    const { docs } = await files(city, run.id);
    expect(docs.map((d) => d.name)).toEqual(['LALALAND-2025-2025-평생교육통계.xlsx']);
    expect((await download(saha, docs[0]!.id)).status).toBe(404);
    expect((await files(saha, run.id)).code).toBe('REPORT_NOT_FOUND');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(ministry, docs[0]!.id)).body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['개요', '기관 현황', '영역별 프로그램', '성별·연령대별 학습자(실인원)', '강사 현황']);
    const learners = wb.getWorksheet('성별·연령대별 학습자(실인원)')!;
    learners.eachRow((row, n) => {
      if (n < 3) return;
      for (let c = 2; c <= 5; c++) {
        const v = row.getCell(c).value;
        expect(v === '<5' || v === 0 || (typeof v === 'number' && v >= 5)).toBe(true);
      }
    });
  });
});
