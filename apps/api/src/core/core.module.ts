import { SqlReads } from './graphql/sql-read.http';
import { Metrics } from './metrics/metrics';
import { ReadTables } from './database/tables-read';
import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AuditService } from './audit/audit.service';
import { AuditResolver } from './audit/audit.resolver';
import { Transactions } from './database/transaction';
import { AccessService } from './access/access.service';
import { EventBus } from './events/event-bus';
import { OutboxWorker } from './events/outbox.worker';
import { LiveEvents } from './live/live-events';
import { Mailer } from './mail/mailer';
import { ResponseCache } from './graphql/response-cache';
import { RecordAccess } from './records/record-access';
import { LiveSockets } from './live/live-sockets';

/** What every module uses: the audit trail, the request's transaction, the access layer, domain events and the outbox worker, live messages across replicas, e-mail. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    AuditService,
    AuditResolver,
    Transactions,
    AccessService,
    EventBus,
    OutboxWorker,
    LiveEvents,
    Mailer,
    ResponseCache,
    RecordAccess,
    LiveSockets,
    Metrics,
    ReadTables,
    SqlReads,
  ],
  exports: [
    AuditService,
    Transactions,
    AccessService,
    EventBus,
    OutboxWorker,
    LiveEvents,
    Mailer,
    ResponseCache,
    RecordAccess,
    LiveSockets,
    Metrics,
    ReadTables,
    SqlReads,
  ],
})
export class CoreModule {}
