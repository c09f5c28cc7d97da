import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { AuditResolver } from './audit.resolver';
import { Transactions } from '../database/transaction';

/** Core services every module uses: the audit trail and the request's transaction. */
@Global()
@Module({ providers: [AuditService, AuditResolver, Transactions], exports: [AuditService, Transactions] })
export class AuditModule {}
