import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, startTestApp, TestApp } from './support/app';
import { CREATE_EXP, SUBMIT, expense } from './support/funding';
import { graphql } from './gql';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';

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
    const res = await fetch(`${t.url}/documents`, {
      method: 'POST',
      body: form,
      headers: { ...headers, ...(c?.cookie ? { cookie: c.cookie } : {}) },
    });
    return {
      status: res.status,
      body: (await res.json()) as { id?: string; version?: number; name?: string; errors?: Array<{ extensions: { code: string } }> },
    };
  };
  const download = (c: Client | null, id: string) => fetch(`${t.url}/documents/${id}`, { headers: c?.cookie ? { cookie: c.cookie } : {} });
  const stored = () => readdirSync(join(dataDir, 'documents'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lalaland-docs-'));
    t = await startTestApp([], { DATA_DIR: dataDir, DOCUMENT_UPLOADS_PER_MINUTE: '1000', DOCUMENT_ARCHIVE_MAX_MB: '20' });
    [saha, city, buk, yeonje, ministry] = (await Promise.all(
      ['saha.staff', 'city.admin', 'nam.staff', 'yeonje.staff', 'viewer'].map((u) => t.as(`${u}@lalaland.test`)),
    )) as [Client, Client, Client, Client, Client];
    const line = (
      (await t.db.query(
        "SELECT l.id FROM budget_line l JOIN organization o ON o.id = l.organization_id WHERE o.short_code = 'SAHA' LIMIT 1",
      )) as Array<{ id: string }>
    )[0]!.id;
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
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="___ 2025-07.pdf"; filename*=UTF-8''${encodeURIComponent('영수증 2025-07.pdf')}`,
    );
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('role × organization: the expenditure’s organization and its stream’s lead download; another district, a district outside the stream and the ministry get NOT_FOUND; nobody else uploads', async () => {
    const doc = (await upload(saha, 'receipt.pdf', PDF)).body.id!;
    const statuses: Record<string, number> = {};
    for (const [who, c] of Object.entries({ saha, city, nam: buk, yeonje, ministry, anonymous: null }))
      statuses[who] = (await download(c, doc)).status;
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
    expect(await upload(saha, 'big.pdf', big)).toMatchObject({
      status: 413,
      body: { errors: [{ extensions: { code: 'DOCUMENT_TOO_LARGE' } }] },
    });
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    expect((await upload(saha, 'setup.exe', exe)).body.errors![0]!.extensions.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect((await upload(saha, 'receipt.pdf', exe)).body.errors![0]!.extensions.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(await upload(saha, 'receipt.pdf', PNG)).toMatchObject({
      status: 415,
      body: { errors: [{ extensions: { code: 'DOCUMENT_TYPE_MISMATCH' } }] },
    });
    expect(
      (await upload(saha, 'notes.txt', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).body.errors![0]!.extensions.code,
    ).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect((await upload(saha, 'run.txt', Buffer.from('#!/bin/sh\nrm -rf /\n'))).body.errors![0]!.extensions.code).toBe(
      'DOCUMENT_TYPE_NOT_ALLOWED',
    );
    expect((await upload(saha, 'empty.pdf', Buffer.alloc(0))).body.errors![0]!.extensions.code).toBe('DOCUMENT_FILE_MISSING');
    expect((await upload(saha, 'x.pdf', PDF, undefined, {})).status).toBe(400);
    expect((await upload(saha, 'x.pdf', PDF, { type: 'EXPENDITURE', id: 'nope' })).body.errors![0]!.extensions.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await rows()).toBe(count);
    expect(stored()).toBe(before);

    // Path tricks and control characters in the name: only a plain last segment is kept.
    const tricky = await upload(saha, '..\\..\\..\\etc/계획서\u202e.pdf', PDF);
    expect(tricky.body.name).toBe('계획서.pdf');
    expect((await upload(saha, '../../', PDF)).body.errors![0]!.extensions.code).toBe('DOCUMENT_NAME_INVALID');
    const csv = await upload(saha, '출석부.csv', Buffer.from('이름,출석\n김하나,O\n'));
    expect(csv.status).toBe(201);
  });

  it('a ZIP-based file is opened before it is kept: one whose directory does not parse, or that unpacks past the cap (200 MB; 20 MB here), is refused (hardening 2, item 6)', async () => {
    const before = stored();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('집행').addRow(['비목', '금액']);
    expect((await upload(saha, '집행내역.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))).status).toBe(201);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]);
    expect(await upload(saha, '계획서.docx', broken)).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'DOCUMENT_ARCHIVE_INVALID' } }] },
    });
    const bomb = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(21 * 1024 * 1024) }, { level: 1 }));
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await upload(saha, '폭탄.xlsx', bomb)).toMatchObject({
      status: 413,
      body: { errors: [{ extensions: { code: 'DOCUMENT_ARCHIVE_TOO_LARGE' } }] },
    });
    expect(stored()).toBe(before + 1);
  });

  it('a task’s report follows the task’s rule; a document holding personal data is logged at every download', async () => {
    const stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    const SAVE_TASK = graphql(`
      mutation TestDocumentsSaveTask($i: TaskInput!) {
        saveTask(input: $i) {
          id
        }
      }
    `);
    const task = (await city.gql(SAVE_TASK, { i: { title: '실적 보고', assigneeOrganizationId: await t.orgId('SAHA'), streamId: stream } }))
      .data!.saveTask.id;
    const form = new FormData();
    form.append('recordType', 'TASK');
    form.append('recordId', task);
    form.append('personalData', 'true');
    form.append('file', new Blob([PDF]), '참여자 명단.pdf');
    const res = await fetch(`${t.url}/documents`, {
      method: 'POST',
      body: form,
      headers: { 'x-lalaland-preflight': '1', cookie: saha.cookie! },
    });
    const doc = ((await res.json()) as { id: string }).id;
    expect((await download(city, doc)).status).toBe(200);
    expect((await download(buk, doc)).status).toBe(404);
    const logged = (await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'document.download' AND entity_id = $1", [
      doc,
    ])) as Array<{ n: number }>;
    expect(logged[0]!.n).toBe(1);
  });
});

describe('documents have a quota per organization and an upload rate per person (hardening 2, item 6)', () => {
  let t: TestApp, dataDir: string, saha: Client, city: Client, admin: Client;
  let sahaId: string, programme: string;
  const STORAGE = graphql(`
    query TestDocumentsStorage($id: ID!) {
      organization(id: $id) {
        documentStorage {
          usedBytes
          quotaBytes
        }
      }
    }
  `);
  const SET_QUOTA = graphql(`
    mutation TestDocumentsSetQuota($id: ID!, $mb: Int!) {
      setDocumentQuota(organizationId: $id, megabytes: $mb) {
        usedBytes
        quotaBytes
      }
    }
  `);
  const pdf = (bytes: number) => Buffer.concat([PDF, Buffer.alloc(bytes, 32)]);
  const upload = async (c: Client, name: string, bytes: Buffer, recordId = programme) => {
    const form = new FormData();
    form.append('recordType', 'PROGRAMME');
    form.append('recordId', recordId);
    form.append('file', new Blob([bytes]), name);
    const res = await fetch(`${t.url}/documents`, {
      method: 'POST',
      body: form,
      headers: { 'x-lalaland-preflight': '1', cookie: c.cookie! },
    });
    return {
      status: res.status,
      code: ((await res.json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code,
    };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lalaland-docs-quota-'));
    t = await startTestApp([], { DATA_DIR: dataDir, DOCUMENT_UPLOADS_PER_MINUTE: '4', DOCUMENT_QUOTA_MB: '2048' });
    [saha, city, admin] = (await Promise.all(['saha.staff', 'city.admin', 'admin'].map((u) => t.as(`${u}@lalaland.test`)))) as [
      Client,
      Client,
      Client,
    ];
    sahaId = await t.orgId('SAHA');
    programme = (
      (await t.db.query(
        "SELECT p.id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'SAHA' LIMIT 1",
      )) as Array<{ id: string }>
    )[0]!.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the organization what it uses; only a platform admin sets the quota; past it an upload is refused and nothing is kept', async () => {
    expect((await saha.gql(STORAGE, { id: sahaId })).data!.organization.documentStorage).toEqual({
      usedBytes: 0,
      quotaBytes: 2048 * 1024 * 1024,
    });
    expect((await city.gql(STORAGE, { id: sahaId })).data!.organization.documentStorage).toBeNull();
    expect(Client.code(await city.gql(SET_QUOTA, { id: sahaId, mb: 1 }))).toBe('FORBIDDEN');
    expect(Client.code(await admin.gql(SET_QUOTA, { id: sahaId, mb: 0 }))).toBe('VALIDATION_FAILED');
    expect((await admin.gql(SET_QUOTA, { id: sahaId, mb: 1 })).data!.setDocumentQuota).toEqual({ usedBytes: 0, quotaBytes: 1024 * 1024 });
    expect((await upload(saha, '계획서.pdf', pdf(600_000))).status).toBe(201);
    const files = () => readdirSync(join(dataDir, 'documents'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    expect(await upload(saha, '계획서2.pdf', pdf(600_000))).toEqual({ status: 413, code: 'DOCUMENT_QUOTA_EXCEEDED' });
    expect(files()).toBe(1);
    const used = (await saha.gql(STORAGE, { id: sahaId })).data!.organization.documentStorage;
    expect(used!.usedBytes).toBeGreaterThan(600_000);
    // full: refused before a byte is stored, in the uploader's language
    await admin.gql(SET_QUOTA, { id: sahaId, mb: 2 });
    expect((await upload(saha, '계획서3.pdf', pdf(600_000))).status).toBe(201);
    await admin.gql(SET_QUOTA, { id: sahaId, mb: 1 });
    expect(await upload(saha, '작은.pdf', pdf(10))).toEqual({ status: 413, code: 'DOCUMENT_QUOTA_EXCEEDED' });
    const audit = (await t.db.query("SELECT count(*)::int AS n FROM audit_event WHERE action = 'document.quota'")) as Array<{ n: number }>;
    expect(audit[0]!.n).toBe(3);
  });

  it('one person may upload 4 a minute here: the fifth is refused with the wait, and nobody else is held back', async () => {
    // Saha made 4 uploads in the test above (refusals for the quota count too)
    expect(await upload(saha, '다섯째.pdf', pdf(10))).toEqual({ status: 429, code: 'TOO_MANY_REQUESTS' });
    const nam = await t.as('nam.staff@lalaland.test');
    const namProgramme = (
      (await t.db.query(
        "SELECT p.id FROM programme p JOIN organization o ON o.id = p.host_organization_id WHERE o.short_code = 'NAM' LIMIT 1",
      )) as Array<{ id: string }>
    )[0]!.id;
    expect((await upload(nam, '남구 계획.pdf', pdf(10), namProgramme)).status).toBe(201);
  });
});
