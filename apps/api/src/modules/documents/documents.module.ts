import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { DocumentService } from './document.service';
import { DiskDocumentStorage, DocumentStorage } from './document-storage';
import { S3DocumentStorage } from './s3-document-storage';
import { DocumentsController } from './documents.controller';
import { DocumentEventsHandler } from './document-events.handler';
import { DocumentStorageMetrics } from './storage-metrics';
import { DocumentResolver, OrganizationDocumentsResolver } from './documents.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [
    DocumentService,
    {
      provide: DocumentStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.s3 ? new S3DocumentStorage(config.s3) : new DiskDocumentStorage(config)),
    },
    DocumentResolver,
    OrganizationDocumentsResolver,
    DocumentEventsHandler,
    DocumentStorageMetrics,
  ],
  controllers: [DocumentsController],
  exports: [DocumentService],
})
export class DocumentsModule {}
