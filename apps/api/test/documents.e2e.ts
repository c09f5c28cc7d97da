import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, startTestApp, TestApp } from './support/app';
import { CREATE_EXP, SUBMIT, expense } from './support/funding';
import { graphql } from './gql';

const DOCUMENTS = graphql(`
  query TestDocuments($type: DocumentRecordType!, $id: ID!) {
    documents(recordType: $type, recordId: $id) {
      id
      name
      version
      size
      contentType
      personalData
    }
  }
`);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

describe('documents: receipts and reports attached to records, checked on the way in, served as attachments to those who see the record', () => {
  let t: TestApp, dataDir: string;
  let saha: Client, city: Client, buk: Client, yeonje: Client, ministry: Client;
  let expenditure: string;

  const upload = async (
    c: Client | null,
    name: string,
    bytes: Buffer | Blob,
    record: { type: string; id: string } = { type: 'EXPENDITURE', id: expenditure },
    headers: Record<string, string> = { 'x-lalaland-preflight': '1' },
  ) => {
    const form = new FormData();
    form.append('recordType', record.type);
    form.append('recordId', record.id);
    form.append('file', bytes instanceof Blob ? bytes : new Blob([bytes]), name);
    const res = await fetch(`${t.url}/documents`, { method: 'POST', body: form, headers: { ...headers, ...(c?.cookie ? { cookie: c.cookie } : {}) } });
    return { status: res.status, body: (await res.json()) as { id?: string; version?: number; name?: string; errors?: Array<{ extensions: { code: string } }> } };
  };
  const download = (c: Client | null, id: string) => fetch(`${t.url}/documents/${id}`, { headers: c?.cookie ? { cookie: c.cookie } : {} });
  const stored = () => readdirSync(join(dataDir, 'documents'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lalaland-docs-'));
    t = await startTestApp([], { DATA_DIR: dataDir });
    [saha, city, buk, yeonje, ministry] = (await Promise.all(['saha.staff', 'city.admin', 'nam.staff', 'yeonje.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
      Client,
      Client,
    ];
    const line = ((await t.db.query("SELECT l.id FROM budget_line l JOIN organization o ON o.id = l.organization_id WHERE o.short_code = 'SAHA' LIMIT 1")) as Array<{ id: string }>)[0]!.id;
    const r = await saha.gql(CREATE_EXP, { i: expense(line, 120_000) });
    expenditure = r.data!.createExpenditure.id;
    // Submitted: the lead sees it (a draft is the district's alone).
    expect((await saha.gql(SUBMIT, { id: expenditure })).errors).toBeUndefined();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('Saha attaches a receipt to its expenditure (a second upload of the name is version 2); the lead downloads it as an attachment, byte for byte', async () => {
    const first = await upload(saha, '영수증 2025-07.pdf', PDF);
    expect(first).toMatchObject({ status: 201, body: { name: '영수증 2025-07.pdf', version: 1 } });
    const second = await upload(saha, '영수증 2025-07.pdf', Buffer.concat([PDF, Buffer.from('% v2\n')]));
    expect(second.body.version).toBe(2);
    const listed = (await city.gql(DOCUMENTS, { type: 'EXPENDITURE', id: expenditure })).data!.documents;
    expect(listed.map((d) => [d.name, d.version])).toEqual([
      ['영수증 2025-07.pdf', 2],
      ['영수증 2025-07.pdf', 1],
    ]);
    const res = await download(city, first.body.id!);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="___ 2025-07.pdf"; filename*=UTF-8''${encodeURIComponent('영수증 2025-07.pdf')}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('role × organization: the expenditure’s organization and its stream’s lead download; another district, a district outside the stream and the ministry get NOT_FOUND; nobody else uploads', async () => {
    const doc = (await upload(saha, 'receipt.pdf', PDF)).body.id!;
    const statuses: Record<string, number> = {};
    for (const [who, c] of Object.entries({ saha, city, nam: buk, yeonje, ministry, anonymous: null })) statuses[who] = (await download(c, doc)).status;
    expect(statuses).toEqual({ saha: 200, city: 200, nam: 404, yeonje: 404, ministry: 404, anonymous: 401 });
    expect((await download(yeonje, doc)).headers.get('content-disposition')).toBeNull();
    expect((await download(saha, '00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await download(saha, 'not-a-uuid')).status).toBe(404);
    expect(Client.code(await yeonje.gql(DOCUMENTS, { type: 'EXPENDITURE', id: expenditure }))).toBe('EXPENDITURE_NOT_FOUND');
    // The lead reads the receipt but does not add to another organization's expenditure; others do not see it at all.
    expect(await upload(city, 'x.pdf', PDF)).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect((await upload(yeonje, 'x.pdf', PDF)).status).toBe(404);
    expect((await upload(ministry, 'x.pdf', PDF)).status).toBe(403);
    expect((await upload(null, 'x.pdf', PDF)).status).toBe(401);
  });

  it('refuses what is not a document it keeps, and keeps nothing of a refused upload: oversize, executables, a type the name lies about, markup, a form from another site', async () => {
    const before = stored();
    const rows = async () => ((await t.db.query('SELECT count(*)::int AS n FROM document')) as Array<{ n: number }>)[0]!.n;
    const count = await rows();
    const big = new Blob([PDF, new Uint8Array(26 * 1024 * 1024)]);
    expect(await upload(saha, 'big.pdf', big)).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'DOCUMENT_TOO_LARGE' } }] } });
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    expect((await upload(saha, 'setup.exe', exe)).body.errors![0]!.extensions.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect((await upload(saha, 'receipt.pdf', exe)).body.errors![0]!.extensions.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await upload(saha, 'receipt.pdf', PNG)).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'DOCUMENT_TYPE_MISMATCH' } }] } });
    expect((await upload(saha, 'notes.txt', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).body.errors![0]!.extensions.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect((await upload(saha, 'run.txt', Buffer.from('#!/bin/sh\nrm -rf /\n'))).body.errors![0]!.extensions.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect((await upload(saha, 'empty.pdf', Buffer.alloc(0))).body.errors![0]!.extensions.code).toBe('DOCUMENT_FILE_MISSING');
    expect((await upload(saha, 'x.pdf', PDF, undefined, {})).status).toBe(400);
    expect((await upload(saha, 'x.pdf', PDF, { type: 'EXPENDITURE', id: 'nope' })).body.errors![0]!.extensions.code).toBe('VALIDATION_FAILED');
    expect(await rows()).toBe(count);
    expect(stored()).toBe(before);

    // Path tricks and control characters in the name: only a plain last segment is kept.
    const tricky = await upload(saha, '..\\..\\..\\etc/계획서\u202e.pdf', PDF);
    expect(tricky.body.name).toBe('계획서.pdf');
    expect((await upload(saha, '../../', PDF)).body.errors![0]!.extensions.code).toBe('DOCUMENT_NAME_INVALID');
    const csv = await upload(saha, '출석부.csv', Buffer.from('이름,출석\n김하나,O\n'));
    expect(csv.status).toBe(201);
  });

  it('a task’s report follows the task’s rule; a document holding personal data is logged at every download', async () => {
    const task = (
      await city.gql(
        `mutation { saveTask(input: { title: "실적 보고", assigneeOrganizationId: "${await t.orgId('SAHA')}", streamId: "${((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id}" }) { id } }`,
      )
    ).data!.saveTask.id as string;
    const form = new FormData();
    form.append('recordType', 'TASK');
    form.append('recordId', task);
    form.append('personalData', 'true');
    form.append('file', new Blob([PDF]), '참여자 명단.pdf');
    const res = await fetch(`${t.url}/documents`, { method: 'POST', body: form, headers: { 'x-lalaland-preflight': '1', cookie: saha.cookie! } });
    const doc = ((await res.json()) as { id: string }).id;
    expect((await download(city, doc)).status).toBe(200);
    expect((await download(buk, doc)).status).toBe(404);
    const logged = (await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'document.download' AND entity_id = $1", [doc])) as Array<{ n: number }>;
    expect(logged[0]!.n).toBe(1);
  });
});
