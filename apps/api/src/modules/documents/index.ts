import type { ApiModule } from '../../core/module';
import { DocumentsModule } from './documents.module';
import { Document } from './document.entity';
import { DocumentResolver } from './documents.resolver';
import { DOCUMENTS_ERRORS } from './documents.errors';

/** Documents attached to records (receipts, plans, reports): checked uploads, versions, access by the record's rule. */
export const documents: ApiModule = {
  name: 'documents',
  nest: DocumentsModule,
  entities: [Document],
  resolvers: [DocumentResolver],
  errors: DOCUMENTS_ERRORS,
};

export { DocumentsModule };
export { DocumentService } from './document.service';
