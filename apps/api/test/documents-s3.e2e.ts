import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Client, startTestApp, TestApp } from './support/app';
import { graphql } from './gql';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Documents in S3-compatible object storage: the same uploads and downloads against a local S3 server started here (s3rver). */
describe('documents in S3-compatible object storage', () => {
  let t: TestApp, saha: Client, city: Client, s3dir: string, server: S3rver, s3: S3Client, task: string;
  const bucket = 'lalaland-documents';
  const objects = async () => (await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).KeyCount ?? 0;
  const upload = async (name: string, body: Blob) => {
    const form = new FormData();
    form.append('recordType', 'TASK');
    form.append('recordId', task);
    form.append('file', body, name);
    const res = await fetch(`${t.url}/documents`, {
      method: 'POST',
      body: form,
      headers: { 'x-lalaland-preflight': '1', cookie: saha.cookie! },
    });
    return { status: res.status, body: (await res.json()) as { id?: string } };
  };

  beforeAll(async () => {
    s3dir = mkdtempSync(join(tmpdir(), 'lalaland-s3-'));
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as { port: number }).port;
        probe.close(() => resolve(p));
      });
    });
    server = new S3rver({ port, address: '127.0.0.1', directory: s3dir, silent: true, configureBuckets: [{ name: bucket, configs: [] }] });
    await server.run();
    const endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({
      region: 'us-east-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    t = await startTestApp([], {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    });
    [saha, city] = (await Promise.all(['saha.staff', 'city.admin'].map((u) => t.as(`${u}@lalaland.test`)))) as [Client, Client];
    const stream = ((await t.db.query("SELECT id FROM funding_stream WHERE code = 'LALALAND-2025'")) as Array<{ id: string }>)[0]!.id;
    const SAVE_TASK = graphql(`
      mutation TestDocumentsS3SaveTask($i: TaskInput!) {
        saveTask(input: $i) {
          id
        }
      }
    `);
    task = (await city.gql(SAVE_TASK, { i: { title: 'S3 보고', assigneeOrganizationId: await t.orgId('SAHA'), streamId: stream } })).data!
      .saveTask.id;
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
    rmSync(s3dir, { recursive: true, force: true });
  });

  it('stores the bytes in the bucket and serves them back to the lead; a refused or oversize upload leaves no object', async () => {
    const ok = await upload('보고서.pdf', new Blob([PDF]));
    expect(ok.status).toBe(201);
    expect(await objects()).toBe(1);
    const res = await fetch(`${t.url}/documents/${ok.body.id}`, { headers: { cookie: city.cookie! } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect(
      (await upload('사진.pdf', new Blob([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), new Uint8Array(64)]))).status,
    ).toBe(415);
    expect((await upload('big.pdf', new Blob([PDF, new Uint8Array(26 * 1024 * 1024)]))).status).toBe(413);
    expect(await objects()).toBe(1);
  });
});
