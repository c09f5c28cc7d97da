import { Module } from '@nestjs/common';
import { FundingModule } from '../funding';
import { DocumentService } from './document.service';
import { RecordAccess } from './record-access';
import { DiskDocumentStorage, DocumentStorage } from './document-storage';
import { DocumentsController } from './documents.controller';
import { DocumentResolver } from './documents.resolver';

@Module({
  imports: [FundingModule],
  providers: [DocumentService, RecordAccess, { provide: DocumentStorage, useClass: DiskDocumentStorage }, DocumentResolver],
  controllers: [DocumentsController],
  exports: [DocumentService, RecordAccess],
})
export class DocumentsModule {}
