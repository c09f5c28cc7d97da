import { zipSync, strToU8 } from 'fflate';
import { ROSTER_COLUMNS } from '@lalaland/shared';
import { Client, startTestApp, TestApp } from './support/app';

/** A minimal XLSX whose first sheet's <sheetData> is `rows` (the hostile part) after a template header. */
function xlsx(rows: string, extra: Record<string, Uint8Array> = {}): Buffer {
  const header = `<row r="1">${ROSTER_COLUMNS.map((c, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${c.ko}</t></is></c>`).join('')}</row>`;
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="명단" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet><sheetData>${header}${rows}</sheetData></worksheet>`),
    ...extra,
  };
  return Buffer.from(zipSync(files, { level: 9 }));
}

/**
 * Off the event loop: every /health probe made while the file was read was answered, and healthy. How promptly is a
 * figure, not a test: `npm run bench -- hostile` measures the probes' latency during a bomb (docs/benchmarks.md).
 */
function expectResponsive(health: Array<{ status: number }>) {
  expect(health.filter((h) => h.status !== 200)).toEqual([]);
}

const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

describe('roster uploads: hostile files are refused while reading, off the event loop', () => {
  let t: TestApp;
  let saha: Client;
  let programme: string;

  /** Sends the file as a dry run and probes /health every 20 ms until the answer comes. */
  const bomb = async (body: Buffer | string, type = 'application/octet-stream') => {
    const started = Date.now();
    const answer = fetch(`${t.url}/imports/programmes/${programme}/roster?dryRun=true&retentionUntil=2030-12-31`, {
      method: 'POST',
      headers: { cookie: saha.cookie!, 'content-type': type },
      body,
    }).then(async (res) => ({
      status: res.status,
      body: (await res.json()) as { errors?: Array<{ extensions: { code: string } }> },
      ms: Date.now() - started,
    }));
    let done = false;
    void answer.finally(() => (done = true));
    const health: Array<{ status: number }> = [];
    while (!done) {
      const res = await fetch(`${t.url}/health`);
      await res.arrayBuffer();
      if (!done) health.push({ status: res.status });
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await answer;
    return { ...r, code: r.body.errors?.[0]?.extensions.code, health };
  };

  beforeAll(async () => {
    t = await startTestApp();
    saha = await t.as('saha.staff@lalaland.test');
    const initiative = ((await t.db.query("SELECT id FROM initiative WHERE code = 'LALALAND'")) as Array<{ id: string }>)[0]!.id;
    const r = await saha.gql('mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
      i: {
        initiativeId: initiative,
        titleKo: '업로드 한도 시험',
        pillar: 'LEARN',
        domain: 'VOCATIONAL',
        format: 'OFFLINE',
        capacity: 10,
        startsOn: '2025-09-01',
      },
    });
    programme = r.data!.createProgramme.id;
  });
  afterAll(() => t.close());

  it.each([
    [
      '1,500 rows with one cell in column XFD (9.6 KB)',
      400,
      'IMPORT_TOO_MANY_COLUMNS',
      () => xlsx(range(1500, (i) => `<row r="${i + 2}"><c r="XFD${i + 2}"><v>1</v></c></row>`)),
    ],
    [
      'one cell at A1048576',
      400,
      'IMPORT_TOO_MANY_ROWS',
      () => xlsx('<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'),
    ],
    [
      '200,000 inline-string rows',
      400,
      'IMPORT_TOO_MANY_ROWS',
      () => xlsx(range(200_000, (i) => `<row r="${i + 2}"><c r="B${i + 2}" t="inlineStr"><is><t>이름${i}</t></is></c></row>`)),
    ],
    [
      '64 MB of XML in a 64 KB zip',
      413,
      'IMPORT_TOO_LARGE_UNCOMPRESSED',
      () => xlsx(`<row r="2"><c r="B2" t="inlineStr"><is><t>a</t></is></c></row>${' '.repeat(64 * 1024 * 1024)}`),
    ],
    [
      'a 100,000-character cell',
      400,
      'IMPORT_CELL_TOO_LONG',
      () => xlsx(`<row r="2"><c r="B2" t="inlineStr"><is><t>${'가'.repeat(100_000)}</t></is></c></row>`),
    ],
    [
      'an entity expansion (billion laughs)',
      400,
      'IMPORT_FILE_INVALID',
      () =>
        Buffer.from(
          zipSync({
            'xl/worksheets/sheet1.xml': strToU8(
              '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
            ),
          }),
        ),
    ],
    ['a shared-string index that does not exist', 400, 'IMPORT_FILE_INVALID', () => xlsx('<row r="2"><c r="B2" t="s"><v>99</v></c></row>')],
  ])('XLSX: %s → %i %s, /health keeps answering', async (_name, status, code, make) => {
    const r = await bomb(make());
    expect({ status: r.status, code: r.code }).toEqual({ status, code });
    expectResponsive(r.health);
  });

  it.each([
    ['200,000 rows', 'IMPORT_TOO_MANY_ROWS', () => `${ROSTER_COLUMNS.map((c) => c.ko).join(',')}\n${range(200_000, (i) => `,${i},,,\n`)}`],
    ['a value in column 5,000', 'IMPORT_TOO_MANY_COLUMNS', () => `${ROSTER_COLUMNS.map((c) => c.ko).join(',')}\n${','.repeat(5000)}x\n`],
    [
      'a 2,000,000-character quoted cell',
      'IMPORT_CELL_TOO_LONG',
      () => `${ROSTER_COLUMNS.map((c) => c.ko).join(',')}\n,"${'x'.repeat(2_000_000)}"\n`,
    ],
    [
      'an unclosed quote swallowing the file',
      'IMPORT_FILE_INVALID',
      () => `${ROSTER_COLUMNS.map((c) => c.ko).join(',')}\n,"${'x'.repeat(2_000_000)}`,
    ],
  ])('CSV: %s → 400 %s, /health keeps answering', async (_name, code, make) => {
    const r = await bomb(make(), 'text/csv');
    expect({ status: r.status, code: r.code }).toEqual({ status: 400, code });
    expectResponsive(r.health);
  });

  it('still reads a good file after the bombs', async () => {
    const good = xlsx(
      '<row r="2"><c r="B2" t="inlineStr"><is><t>홍길동</t></is></c><c r="D2"><v>1960</v></c><c r="G2" t="s"><v>0</v></c></row>',
      {
        'xl/sharedStrings.xml': strToU8('<?xml version="1.0"?><sst><si><r><t>예</t></r><rPh><t>イェ</t></rPh></si></sst>'),
      },
    );
    const res = await fetch(`${t.url}/imports/programmes/${programme}/roster?dryRun=true&retentionUntil=2030-12-31`, {
      method: 'POST',
      headers: { cookie: saha.cookie!, 'content-type': 'application/octet-stream' },
      body: good,
    });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Read and registered; only the enrolment is refused (the programme is a draft).
    const { result } = lines.at(-1);
    expect(result).toMatchObject({ rows: 1, created: 1 });
    expect(result.errors.map((e: any) => e.code)).toEqual(['PROGRAMME_NOT_ENROLLABLE']);
  });
});
