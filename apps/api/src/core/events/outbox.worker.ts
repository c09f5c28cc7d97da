import { SpanStatusCode } from '@opentelemetry/api';
import { tracer } from '../tracing';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { RequestContext } from '../context/request-context';
import { Transactions } from '../database/transaction';
import { safeError } from '../logging';
import { EventBus } from './event-bus';

/** Attempts before a message is set aside (dead_at) for an operator; the wait doubles each time, up to an hour. */
export const OUTBOX_MAX_ATTEMPTS = 10;

interface Row {
  id: string;
  event: string;
  handler: string;
  payload: unknown;
  attempts: number;
}

/**
 * Delivers after-commit work from the outbox table, one message per transaction: the row is locked with
 * `FOR UPDATE SKIP LOCKED` (replicas share the work without taking the same row), the handler runs in that
 * transaction, and the row is marked delivered in it. A crash before commit leaves the row pending, so it is delivered
 * again and its database effects happen once. A failing handler is rolled back to a savepoint and retried later.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: EventBus,
    private readonly tx: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.outboxWorker) return;
    this.bus.onCommitted(() => this.kick());
    // No after-commit handler in this app: nothing can be waiting, so nothing to poll for.
    if (!this.config.outboxPollMs || !this.bus.hasAfterCommitHandlers()) return;
    this.timer = setInterval(() => this.kick(), this.config.outboxPollMs);
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Starts a drain unless one is running (then it runs once more after it). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((err: unknown) => this.logger.warn({ err: safeError(err) }, 'outbox drain failed; retried at the next poll'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Delivers what is due, up to `limit` messages; returns how many were handled (delivered or retried). */
  async drain(limit = 100): Promise<number> {
    let n = 0;
    while (n < limit && !this.stopped && (await this.deliverOne())) n++;
    return n;
  }

  private async deliverOne(): Promise<boolean> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [row] = (await runner.query(
        `SELECT id, event, handler, payload, attempts FROM outbox_message
          WHERE delivered_at IS NULL AND dead_at IS NULL AND available_at <= now()
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      )) as Row[];
      if (!row) {
        await runner.commitTransaction();
        return false;
      }
      const attempt = row.attempts + 1;
      const handler = this.bus.handler(row.handler);
      const ctx = RequestContext.system(`outbox:${row.id}`);
      await runner.query('SAVEPOINT delivery');
      try {
        await tracer().startActiveSpan(
          `outbox ${row.handler}`,
          { attributes: { 'lalaland.event': row.event, 'lalaland.attempt': attempt } },
          (span) =>
            (handler
              ? this.tx.within(ctx, runner.manager, () => handler(ctx, row.payload, { id: String(row.id), attempt }))
              : Promise.reject(new Error(`no handler named ${row.handler}`))
            )
              .catch((err: unknown) => {
                span.setStatus({ code: SpanStatusCode.ERROR });
                throw err;
              })
              .finally(() => span.end()),
        );
        await runner.query('UPDATE outbox_message SET delivered_at = now(), attempts = $2 WHERE id = $1', [row.id, attempt]);
      } catch (err) {
        await runner.query('ROLLBACK TO SAVEPOINT delivery');
        const dead = attempt >= OUTBOX_MAX_ATTEMPTS;
        const message = String(safeError(err).message ?? 'error').slice(0, 500);
        await runner.query(
          `UPDATE outbox_message SET attempts = $2, last_error = $3, available_at = now() + make_interval(secs => $4), dead_at = CASE WHEN $5 THEN now() END WHERE id = $1`,
          [row.id, attempt, message, Math.min(2 ** attempt, 3600), dead],
        );
        this.logger[dead ? 'error' : 'warn'](
          { err: safeError(err), outboxId: row.id, event: row.event, handler: row.handler, attempt },
          dead ? 'outbox message given up' : 'outbox handler failed; will retry',
        );
      }
      await runner.commitTransaction();
      return true;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await runner.release();
    }
  }
}
