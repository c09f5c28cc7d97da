import type { ApiModule } from '../../core/module';
import { DocumentsModule } from './documents.module';
import { Document, DocumentQuota } from './document.entity';
import { DocumentResolver, OrganizationDocumentsResolver } from './documents.resolver';
import { DOCUMENTS_ERRORS } from './documents.errors';
import { MIGRATIONS } from './migrations';

/** Documents attached to records (receipts, plans, reports): checked uploads, versions, access by the record's rule. */
export const documents: ApiModule = {
  name: 'documents',
  nest: DocumentsModule,
  entities: [Document, DocumentQuota],
  resolvers: [DocumentResolver, OrganizationDocumentsResolver],
  errors: DOCUMENTS_ERRORS,
  migrations: MIGRATIONS,
};

export { DocumentsModule };
export { DocumentService } from './document.service';
