import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditService } from './audit/audit.service';
import { AuditResolver } from './audit/audit.resolver';
import { Transactions } from './database/transaction';
import { EventBus } from './events/event-bus';
import { OutboxWorker } from './events/outbox.worker';

/** What every module uses: the audit trail, the request's transaction, domain events and the outbox worker. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [AuditService, AuditResolver, Transactions, EventBus, OutboxWorker],
  exports: [AuditService, Transactions, EventBus, OutboxWorker],
})
export class CoreModule {}
