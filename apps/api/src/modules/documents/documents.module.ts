import { Module } from '@nestjs/common';
import { FundingModule } from '../funding';
import { DocumentService } from './document.service';
import { DocumentRecords } from './document-records';
import { DiskDocumentStorage, DocumentStorage } from './document-storage';
import { DocumentsController } from './documents.controller';
import { DocumentResolver } from './documents.resolver';

@Module({
  imports: [FundingModule],
  providers: [DocumentService, DocumentRecords, { provide: DocumentStorage, useClass: DiskDocumentStorage }, DocumentResolver],
  controllers: [DocumentsController],
  exports: [DocumentService],
})
export class DocumentsModule {}
