import type { AuditAction } from '@lalaland/shared';
import { Injectable, Module } from '@nestjs/common';
import { RequestContext } from '../src/core/context/request-context';
import { Transactions } from '../src/core/database/transaction';
import { type Delivery, OnEvent } from '../src/core/events/domain-events';
import { EventBus } from '../src/core/events/event-bus';
import { OutboxWorker } from '../src/core/events/outbox.worker';
import { AuditService } from '../src/core/audit/audit.service';
import { startTestApp, TestApp } from './support/app';

// Events of this test only (modules declare theirs the same way in <module>.events.ts).
interface TestEvents {
  'test.pinged': { n: number };
  'test.checked': { n: number };
}
declare module '../src/core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends TestEvents {}
}

/** After-commit: writes one row per delivery (unique on n); the first delivery of n = 13 crashes its connection before commit. */
@Injectable()
class PingHandlers {
  failuresLeft = 0;
  crashes = 1;
  runs = 0;
  constructor(private readonly tx: Transactions) {}

  @OnEvent('test.pinged', 'after-commit')
  async record(ctx: RequestContext, e: TestEvents['test.pinged'], delivery?: Delivery): Promise<void> {
    this.runs++;
    const em = this.tx.readOwnWrites(ctx);
    await em.query('INSERT INTO test_ping (n, delivery) VALUES ($1, $2)', [e.n, delivery?.id]);
    if (e.n === 13 && this.crashes-- > 0) await em.query('SELECT pg_terminate_backend(pg_backend_pid())'); // the process "dies" mid-delivery
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('the mail server is down');
    }
  }

  /** In the publisher's transaction: refuses odd numbers, which must roll the publisher back. */
  @OnEvent('test.checked', 'transaction')
  async check(_ctx: RequestContext, e: TestEvents['test.checked']): Promise<void> {
    if (e.n % 2) throw new Error('odd');
  }
}

@Module({ providers: [PingHandlers] })
class PingModule {}

describe('domain events and the outbox; the transaction on the context', () => {
  let t: TestApp;
  let tx: Transactions;
  let bus: EventBus;
  let worker: OutboxWorker;
  let handlers: PingHandlers;
  const ctx = () => RequestContext.system(`test-${Math.random()}`);
  const count = async (sql: string, params: unknown[] = []) => Number(((await t.db.query(sql, params)) as Array<{ n: string }>)[0]!.n);

  beforeAll(async () => {
    // OUTBOX_WORKER=off: no worker runs by itself; the test plays the worker (and its crash) by calling drain().
    t = await startTestApp([PingModule], { OUTBOX_WORKER: 'off' });
    tx = t.app.get(Transactions);
    bus = t.app.get(EventBus);
    worker = t.app.get(OutboxWorker);
    handlers = t.app.get(PingHandlers);
    await t.db.query('CREATE TABLE test_ping (n int NOT NULL, delivery text NOT NULL UNIQUE)');
  });
  afterAll(() => t.close());

  it('after-commit work is in the outbox when the publisher commits, and delivered once after a crash mid-delivery', async () => {
    const c = ctx();
    await tx.run(c, async () => {
      await t.app
        .get(AuditService)
        .record(c, { action: 'test.ping' as AuditAction, entityType: 'test', entityId: null, organizationId: null });
      await bus.publish(c, 'test.pinged', { n: 13 });
    });
    expect(await count("SELECT count(*) AS n FROM outbox_message WHERE event = 'test.pinged' AND delivered_at IS NULL")).toBe(1);
    expect(await count('SELECT count(*) AS n FROM test_ping')).toBe(0);

    // The worker dies between the handler's work and its commit: nothing of that delivery stays.
    await expect(worker.drain()).rejects.toBeTruthy();
    expect(await count('SELECT count(*) AS n FROM test_ping')).toBe(0);
    expect(await count("SELECT count(*) AS n FROM outbox_message WHERE event = 'test.pinged' AND delivered_at IS NULL")).toBe(1);

    // Restarted, it delivers; delivering again finds nothing to do.
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);
    expect(await count('SELECT count(*) AS n FROM test_ping WHERE n = 13')).toBe(1);
    expect(
      await count("SELECT count(*) AS n FROM outbox_message WHERE event = 'test.pinged' AND delivered_at IS NOT NULL AND attempts = 1"),
    ).toBe(1);
  });

  it('a publisher that rolls back leaves no outbox message, so its handler never runs', async () => {
    const c = ctx();
    const before = handlers.runs;
    await expect(
      tx.run(c, async () => {
        await bus.publish(c, 'test.pinged', { n: 2 });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count("SELECT count(*) AS n FROM outbox_message WHERE payload->>'n' = '2'")).toBe(0);
    expect(await worker.drain()).toBe(0);
    expect(handlers.runs).toBe(before);
  });

  it('a failing handler is retried later with its error kept, and its partial work undone', async () => {
    handlers.failuresLeft = 1;
    const c = ctx();
    await tx.run(c, () => bus.publish(c, 'test.pinged', { n: 4 }));
    expect(await worker.drain()).toBe(1);
    const [row] = await t.db.query(
      "SELECT attempts, last_error, delivered_at, available_at > now() AS later FROM outbox_message WHERE payload->>'n' = '4'",
    );
    expect(row).toMatchObject({ attempts: 1, last_error: 'the mail server is down', delivered_at: null, later: true });
    expect(await count('SELECT count(*) AS n FROM test_ping WHERE n = 4')).toBe(0);
    await t.db.query("UPDATE outbox_message SET available_at = now() WHERE payload->>'n' = '4'");
    expect(await worker.drain()).toBe(1);
    expect(await count('SELECT count(*) AS n FROM test_ping WHERE n = 4')).toBe(1);
  });

  it('publishing outside a transaction is refused (a programming error, not a lost event)', async () => {
    await expect(bus.publish(ctx(), 'test.pinged', { n: 6 })).rejects.toThrow(/outside a transaction/);
  });

  it('an in-transaction handler that fails rolls back the publisher, audit row included', async () => {
    const c = ctx();
    const audits = () => count("SELECT count(*) AS n FROM audit_event WHERE action = 'test.check'");
    const before = await audits();
    await expect(
      tx.run(c, async () => {
        await t.app
          .get(AuditService)
          .record(c, { action: 'test.check' as AuditAction, entityType: 'test', entityId: null, organizationId: null });
        await bus.publish(c, 'test.checked', { n: 3 });
      }),
    ).rejects.toThrow('odd');
    expect(await audits()).toBe(before);
  });

  it('a nested service call joins the caller’s transaction: the outer failure undoes the inner write', async () => {
    const c = ctx();
    const audit = t.app.get(AuditService);
    const before = await count("SELECT count(*) AS n FROM audit_event WHERE action = 'test.nested'");
    await expect(
      tx.run(c, async (outer) => {
        await tx.run(c, async (inner) => {
          expect(inner).toBe(outer);
          await audit.record(c, { action: 'test.nested' as AuditAction, entityType: 'test', entityId: null, organizationId: null });
        });
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await count("SELECT count(*) AS n FROM audit_event WHERE action = 'test.nested'")).toBe(before);
    // Another context never joins it, even in the same async flow.
    await tx.run(c, async (outer) => {
      const other = ctx();
      expect(tx.current(other)).toBeUndefined();
      expect(tx.readOwnWrites(c)).toBe(outer);
    });
  });

  it('with its worker running, the app delivers after-commit work soon after the commit, without being asked', async () => {
    const live = await startTestApp([PingModule]);
    try {
      const c = ctx();
      await live.db.query('CREATE TABLE test_ping (n int NOT NULL, delivery text NOT NULL UNIQUE)');
      await live.app.get(Transactions).run(c, () => live.app.get(EventBus).publish(c, 'test.pinged', { n: 8 }));
      let delivered = 0;
      for (let i = 0; i < 100 && !delivered; i++) {
        await new Promise((r) => setTimeout(r, 50));
        delivered = Number((await live.db.query('SELECT count(*) AS n FROM test_ping WHERE n = 8'))[0].n);
      }
      expect(delivered).toBe(1);
    } finally {
      await live.close();
    }
  });
});
