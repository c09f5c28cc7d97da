import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { enforceLimit } from '../../core/http/rate-limit';
import { isUuid } from '../../core/graphql/pagination';
import { DOCUMENT_MAX_BYTES, type DocumentRecordType } from '@lalaland/shared';
import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { Transactions } from '../../core/database/transaction';
import { AppError, problem } from '../../core/errors/app-error';
import { DOCUMENTS_FIELDS } from './documents.errors';
import { safeError } from '../../core/logging';
import { OrganizationService } from '../organizations';
import { Document, type DocumentStorageUsage } from './document.entity';
import { ZIP_LIMITS, checkZip } from './zip-check';
import { RecordAccess } from '../../core/records/record-access';
import { DocumentStorage } from './document-storage';
import { DOCUMENT_EXTENSIONS, ZIP_KIND, extensionOf, safeName, servedType, sniff } from './sniff';

/** Bytes kept from the start of an upload to tell what it is. */
const HEAD_BYTES = 4096;

export interface Upload {
  recordType: DocumentRecordType;
  recordId: string;
  personalData: boolean;
  filename: string;
  /** The file's bytes as they arrive (never buffered whole); errors when it grows past DOCUMENT_MAX_BYTES. */
  stream: Readable;
}

/**
 * Documents of records: streamed to storage while their size, hash and first bytes are taken; kept only when the
 * bytes are an allowed type matching the name's extension; served only to those who see the record, as attachments.
 * A download of a document with personal data is written to the audit trail.
 */
@Injectable()
export class DocumentService {
  private readonly logger = new Logger('Documents');

  /** ZIP containers read back and inflated at once (each up to 25 MB in memory). */
  private readonly archiveChecks = new Semaphore(2);

  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly records: RecordAccess,
    private readonly storage: DocumentStorage,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organizations: OrganizationService,
  ) {}

  /** An organization's storage, for those acting for it (its members, platform admins); null for others. */
  async storageOf(ctx: RequestContext, organizationId: string): Promise<DocumentStorageUsage | null> {
    return (await this.organizations.canSeeMembers(ctx, organizationId)) ? this.usage(organizationId) : null;
  }

  /** What an organization's documents weigh, against its quota (its own, or DOCUMENT_QUOTA_MB). */
  async usage(organizationId: string, em: EntityManager = this.db.manager): Promise<DocumentStorageUsage> {
    const [row] = (await em.query(
      `SELECT COALESCE((SELECT sum(size) FROM document WHERE organization_id = $1), 0)::float8 AS used, (SELECT quota_bytes FROM document_quota WHERE organization_id = $1)::float8 AS quota`,
      [organizationId],
    )) as Array<{ used: number; quota: number | null }>;
    return { usedBytes: row!.used, quotaBytes: row!.quota ?? this.config.documentQuotaBytes };
  }

  /** A platform admin sets an organization's quota (audited). */
  async setQuota(ctx: RequestContext, organizationId: string, megabytes: number): Promise<DocumentStorageUsage> {
    if (!Number.isInteger(megabytes) || megabytes < 1 || megabytes > 1_000_000)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ ...problem('megabytes', 'min', DOCUMENTS_FIELDS.megabytesRange), problems: ['min', 'max'] }],
      });
    if (!isUuid(organizationId) || !(await this.organizations.byId(ctx).load(organizationId))) throw new AppError('ORGANIZATION_NOT_FOUND');
    return this.tx.run(ctx, async (em) => {
      const before = await this.usage(organizationId, em);
      const quotaBytes = megabytes * 1024 * 1024;
      await em.query(
        `INSERT INTO document_quota (organization_id, quota_bytes, updated_by_id) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id) DO UPDATE SET quota_bytes = EXCLUDED.quota_bytes, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
        [organizationId, quotaBytes, ctx.userId],
      );
      await this.audit.record(ctx, {
        action: 'document.quota',
        entityType: 'organization',
        entityId: organizationId,
        organizationId,
        changes: { quotaBytes: [before.quotaBytes, quotaBytes] },
      });
      return { usedBytes: before.usedBytes, quotaBytes };
    });
  }

  /**
   * A record's documents. A recipient of data shared under a consent (a referral's) sees the holder's documents only
   * while the consent is in force, each listing of them a provision; its own organization's always.
   */
  async list(ctx: RequestContext, recordType: DocumentRecordType, recordId: string): Promise<Document[]> {
    const grant = await this.records.grant(ctx, recordType, recordId);
    const shared = grant.sharedUnder;
    const docs = await this.tx
      .readOwnWrites(ctx)
      .getRepository(Document)
      .find({
        where: { recordType, recordId, ...(shared && !shared.inForce ? { organizationId: ctx.activeOrganizationId! } : {}) },
        order: { name: 'ASC', version: 'DESC' },
        take: 200,
      });
    const theirs = docs.filter((d) => d.organizationId !== ctx.activeOrganizationId).length;
    if (shared && theirs) await shared.logRead(`documents: ${theirs}`);
    return docs;
  }

  async upload(ctx: RequestContext, u: Upload): Promise<Document> {
    const drain = () => u.stream.resume();
    let grant;
    try {
      grant = await this.records.grant(ctx, u.recordType, u.recordId);
    } catch (err) {
      drain();
      throw err;
    }
    if (!grant.write) {
      drain();
      throw new AppError('FORBIDDEN');
    }
    const organizationId = ctx.activeOrganizationId!;
    try {
      await enforceLimit(this.db, `document-upload:${ctx.userId}`, this.config.documentUploadsPerMinute, 60_000);
      const { usedBytes, quotaBytes } = await this.usage(organizationId);
      if (usedBytes >= quotaBytes) throw this.overQuota(usedBytes, quotaBytes);
    } catch (err) {
      drain();
      throw err;
    }
    const name = safeName(u.filename);
    const extension = extensionOf(name);
    if (!name) {
      drain();
      throw new AppError('DOCUMENT_NAME_INVALID');
    }
    if (!DOCUMENT_EXTENSIONS.includes(extension)) {
      drain();
      throw new AppError('DOCUMENT_TYPE_NOT_ALLOWED');
    }
    const key = randomUUID();
    const hash = createHash('sha256');
    let size = 0;
    const heads: Buffer[] = [];
    let headSize = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        hash.update(chunk);
        if (headSize < HEAD_BYTES) {
          heads.push(chunk.subarray(0, HEAD_BYTES - headSize));
          headSize += Math.min(chunk.length, HEAD_BYTES - headSize);
        }
        done(null, chunk);
      },
    });
    try {
      await this.storage.save(key, u.stream.pipe(measure));
      if ((u.stream as Readable & { truncated?: boolean }).truncated || size > DOCUMENT_MAX_BYTES) throw new AppError('DOCUMENT_TOO_LARGE');
    } catch (err) {
      drain();
      await this.storage.remove(key).catch(() => undefined);
      if (err instanceof AppError) throw err;
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('DOCUMENT_TOO_LARGE');
      throw err;
    }
    const kind = sniff(Buffer.concat(heads));
    const refusal = !size
      ? new AppError('DOCUMENT_FILE_MISSING')
      : !kind
        ? new AppError('DOCUMENT_TYPE_NOT_ALLOWED')
        : !kind.extensions.includes(extension)
          ? new AppError('DOCUMENT_TYPE_MISMATCH', { params: { extension } })
          : null;
    const archive =
      !refusal && kind === ZIP_KIND
        ? await this.archiveChecks.run(async () =>
            checkZip(await readAll(await this.storage.open(key)), { ...ZIP_LIMITS, maxInflatedBytes: this.config.documentArchiveMaxBytes }),
          )
        : 'ok';
    const refused =
      refusal ??
      (archive === 'unreadable'
        ? new AppError('DOCUMENT_ARCHIVE_INVALID', { params: { extension } })
        : archive === 'too-large'
          ? new AppError('DOCUMENT_ARCHIVE_TOO_LARGE', { params: { megabytes: this.config.documentArchiveMaxBytes / 1024 / 1024 } })
          : null);
    if (refused) {
      await this.storage.remove(key);
      throw refused;
    }
    try {
      return await this.tx.run(ctx, async (em) => {
        // An organization's uploads take turns at its quota; uploads of one name to one record at its versions (1, 2, 3 … without gaps or twins).
        await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`document-quota:${organizationId}`]);
        const { usedBytes, quotaBytes } = await this.usage(organizationId, em);
        if (usedBytes + size > quotaBytes) throw this.overQuota(usedBytes, quotaBytes);
        await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`document:${u.recordId}:${name}`]);
        const [{ v }] = (await em.query(
          'SELECT COALESCE(max(version), 0) + 1 AS v FROM document WHERE record_type = $1 AND record_id = $2 AND name = $3',
          [u.recordType, u.recordId, name],
        )) as [{ v: number }];
        const doc = em.create(Document, {
          recordType: u.recordType,
          recordId: u.recordId,
          organizationId,
          name,
          contentType: servedType(name),
          size,
          sha256: hash.digest('hex'),
          version: v,
          personalData: u.personalData || grant.personal,
          storageKey: key,
          uploadedById: ctx.userId,
        });
        await em.save(doc);
        await this.audit.record(ctx, {
          action: 'document.upload',
          entityType: 'document',
          entityId: doc.id,
          organizationId: ctx.activeOrganizationId,
          changes: {
            recordType: [null, u.recordType],
            recordId: [null, u.recordId],
            name: [null, name],
            version: [null, v],
            size: [null, size],
          },
        });
        return doc;
      });
    } catch (err) {
      await this.storage.remove(key).catch((e: unknown) => this.logger.warn({ err: safeError(e) }, 'orphan document bytes left'));
      throw err;
    }
  }

  private overQuota(usedBytes: number, quotaBytes: number): AppError {
    const mb = (n: number) => Math.round(n / 1024 / 1024).toLocaleString('en');
    return new AppError('DOCUMENT_QUOTA_EXCEEDED', { params: { used: mb(usedBytes), quota: mb(quotaBytes) } });
  }

  /** A document to download: the caller must see its record (otherwise NOT_FOUND, as for a missing one); personal data is logged. */
  async open(ctx: RequestContext, id: string): Promise<{ doc: Document; body: Readable }> {
    const doc = /^[0-9a-f-]{36}$/i.test(id) ? await this.tx.readOwnWrites(ctx).findOneBy(Document, { id }) : null;
    if (!doc) throw new AppError('DOCUMENT_NOT_FOUND');
    let grant;
    try {
      grant = await this.records.grant(ctx, doc.recordType, doc.recordId);
    } catch (err) {
      if (err instanceof AppError && err.code.endsWith('_NOT_FOUND')) throw new AppError('DOCUMENT_NOT_FOUND');
      throw err;
    }
    // Shared under a consent: the holder's documents only while it is in force, each download a provision.
    const shared = doc.organizationId !== ctx.activeOrganizationId ? grant.sharedUnder : undefined;
    if (shared && !shared.inForce) throw new AppError('DOCUMENT_NOT_FOUND');
    if (shared) await shared.logRead(`document:${doc.name} v${doc.version}`);
    if (doc.personalData)
      await this.tx.run(ctx, () =>
        this.audit.record(ctx, {
          action: 'document.download',
          entityType: 'document',
          entityId: doc.id,
          organizationId: ctx.activeOrganizationId,
          changes: { name: [null, doc.name] },
        }),
      );
    return { doc, body: await this.storage.open(doc.storageKey) };
  }
}

/** The whole stream (a stored document, at most 25 MB). */
async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** At most `n` at once; the rest wait their turn. */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly n: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.n) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
