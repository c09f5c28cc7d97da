import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartValue } from '@fastify/multipart';
import { DOCUMENT_MAX_BYTES, DOCUMENT_RECORD_TYPES, Permission, type DocumentRecordType } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { AppError, problem } from '../../core/errors/app-error';
import { DocumentService } from './document.service';
import { DOCUMENTS_FIELDS } from './documents.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Documents over plain HTTP (GraphQL lists them): POST /documents as multipart/form-data — the fields recordType,
 * recordId and personalData first, then one file — streamed to storage with a 25 MB cap; GET /documents/{id} sends it
 * back as an attachment that a browser will neither render nor run.
 */
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentService) {}

  @Post()
  @RequirePermission(Permission.CoordinationWrite)
  async upload(@Ctx() ctx: RequestContext, @Req() req: FastifyRequest) {
    // A form on another site could post multipart with the cookie: only our pages send this header (a preflight).
    if (!req.headers['x-lalaland-preflight']) throw new AppError('BAD_REQUEST');
    if (!req.isMultipart()) throw new AppError('DOCUMENT_FILE_MISSING');
    const file = await req.file({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 5, fieldSize: 100, parts: 6 } });
    if (!file) throw new AppError('DOCUMENT_FILE_MISSING');
    const field = (name: string) => {
      const f = file.fields[name] as MultipartValue<unknown> | undefined;
      return typeof f?.value === 'string' ? f.value : '';
    };
    const recordType = field('recordType') as DocumentRecordType;
    const recordId = field('recordId');
    if (!DOCUMENT_RECORD_TYPES.includes(recordType) || !UUID.test(recordId)) {
      file.file.resume();
      throw new AppError('VALIDATION_FAILED', {
        fields: [problem('recordId', 'isUUID', DOCUMENTS_FIELDS.recordIdIsUUID)],
      });
    }
    const doc = await this.documents.upload(ctx, {
      recordType,
      recordId,
      personalData: field('personalData') === 'true',
      filename: file.filename,
      stream: file.file,
    });
    return { id: doc.id, name: doc.name, version: doc.version, size: doc.size, contentType: doc.contentType, sha256: doc.sha256 };
  }

  @Get(':id')
  @RequirePermission(Permission.CoordinationRead)
  async download(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply) {
    const { doc, body } = await this.documents.open(ctx, id);
    const ascii = doc.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return reply
      .header('content-type', doc.contentType)
      .header('content-length', doc.size)
      .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.name)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-store')
      .send(body);
  }
}
