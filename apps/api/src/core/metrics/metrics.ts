import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createServer, type Server } from 'node:http';
import type { Pool } from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { safeError } from '../logging';
import { onStatementError } from '../database/statement-log';
import { ResponseCache } from '../graphql/response-cache';

/** Distinct operation labels one replica reports; past it, "other" (a client's combinations of root fields cannot grow the series). */
const MAX_OPERATIONS = 400;

/**
 * What an operator sees of one replica, in Prometheus's text format on its own port (METRICS_PORT, default 9464;
 * docs/operations.md "Metrics and alerts"): never on the public port, and no label carries what a person typed or
 * who they are — operations are named by the schema's root fields, errors by their typed codes, refusals by reason.
 */
@Injectable()
export class Metrics implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;
  private readonly operations = new Set<string>();
  private readonly unlisten: () => void;

  readonly graphqlDuration = new Histogram({
    name: 'lalaland_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP: time from the request to the answer, by operation (its root fields), kind, outcome and whether the response cache answered.',
    labelNames: ['operation', 'kind', 'outcome', 'cache'] as const,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'lalaland_graphql_errors_total',
    help: 'Errors in GraphQL answers, by operation and typed error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });
  readonly textMessages = new Counter({
    name: 'lalaland_text_messages_total',
    help: 'Text messages handed to the provider (sent) or refused by it (failed), by channel.',
    labelNames: ['channel', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly emails = new Counter({
    name: 'lalaland_emails_total',
    help: 'E-mails handed to the SMTP server (sent) or refused (failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly signInRefusals = new Counter({
    name: 'lalaland_sign_in_refusals_total',
    help: 'Refused sign-ins (staff and citizens), by reason.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'lalaland_rate_limited_total',
    help: 'Requests refused by a rate limit (429), by the route family that answered.',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });
  readonly reportRuns = new Counter({
    name: 'lalaland_report_runs_total',
    help: 'Report runs finished, by report and outcome.',
    labelNames: ['report', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly statementTimeouts = new Counter({
    name: 'lalaland_db_statement_timeouts_total',
    help: 'Statements PostgreSQL cancelled for running past statement_timeout (SQLSTATE 57014).',
    registers: [this.registry],
  });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    cache: ResponseCache,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'lalaland_' });
    this.unlisten = onStatementError((code) => {
      if (code === '57014') this.statementTimeouts.inc();
    });
    new Counter({
      name: 'lalaland_response_cache_requests_total',
      help: 'Cacheable GraphQL reads: answered from memory (hit), by waiting for the identical request being computed (shared), computed (miss), or computed and never kept (refused: undeclared or oversized variables).',
      labelNames: ['result'] as const,
      registers: [this.registry],
      collect() {
        const s = cache.stats();
        this.reset();
        this.inc({ result: 'hit' }, s.hits);
        this.inc({ result: 'shared' }, s.shared);
        this.inc({ result: 'miss' }, s.misses);
        this.inc({ result: 'refused' }, s.refused);
      },
    });
    new Counter({
      name: 'lalaland_response_cache_dropped_total',
      help: 'Kept answers dropped: evicted to stay within bounds, or invalidated by a write to a table they read.',
      labelNames: ['reason'] as const,
      registers: [this.registry],
      collect() {
        const s = cache.stats();
        this.reset();
        this.inc({ reason: 'evicted' }, s.evictions);
        this.inc({ reason: 'invalidated' }, s.invalidated);
      },
    });
    new Gauge({
      name: 'lalaland_response_cache_entries',
      help: 'Answers kept by this replica (at most 5,000).',
      registers: [this.registry],
      collect() {
        this.set(cache.stats().entries);
      },
    });
    new Gauge({
      name: 'lalaland_response_cache_bytes',
      help: 'Bytes the kept answers weigh, keys and bookkeeping counted (at most 64 MB).',
      registers: [this.registry],
      collect() {
        this.set(cache.stats().bytes);
      },
    });
    const pool = () => (this.db.driver as unknown as { master?: Pool }).master;
    new Gauge({
      name: 'lalaland_db_pool_connections',
      help: "The database pool's connections: in use and idle.",
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'in_use' }, p ? p.totalCount - p.idleCount : 0);
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
      },
    });
    new Gauge({
      name: 'lalaland_db_pool_waiting_requests',
      help: 'Callers waiting for a connection of the database pool.',
      registers: [this.registry],
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    const outbox = { at: 0, rows: [] as Array<{ state: string; n: number; oldest: number | null }> };
    const readOutbox = async () => {
      // One statement per scrape (at most once a second), counted up to 100,000 per state.
      if (Date.now() - outbox.at < 1000) return outbox.rows;
      outbox.at = Date.now();
      outbox.rows = await this.db
        .query(
          `SELECT s.state, least(count(*), 100000)::int AS n, extract(epoch FROM now() - min(s.available_at))::float8 AS oldest
             FROM (SELECT CASE WHEN dead_at IS NOT NULL THEN 'dead' WHEN available_at > now() THEN 'scheduled' ELSE 'due' END AS state, available_at
                     FROM outbox_message WHERE delivered_at IS NULL LIMIT 300000) s
            GROUP BY s.state`,
        )
        .catch((err: unknown) => {
          this.logger.warn({ err: safeError(err) }, 'outbox figures not read');
          return [];
        });
      return outbox.rows;
    };
    new Gauge({
      name: 'lalaland_outbox_messages',
      help: 'Undelivered after-commit work: due now (the backlog), scheduled for later, or dead (given up after its retries).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        const rows = await readOutbox();
        for (const state of ['due', 'scheduled', 'dead']) this.set({ state }, rows.find((r) => r.state === state)?.n ?? 0);
      },
    });
    new Gauge({
      name: 'lalaland_outbox_oldest_due_seconds',
      help: 'How long the oldest due message has waited (0 when none is due): a stuck or slow worker shows here first.',
      registers: [this.registry],
      async collect() {
        const due = (await readOutbox()).find((r) => r.state === 'due');
        this.set(Math.max(0, due?.oldest ?? 0));
      },
    });
  }

  /**
   * A module's own figure, read at each scrape (at most once every 10 s per replica): a single number, no labels — a
   * module's tables stay its own (the messaging module's text budget, the documents' storage).
   */
  addGauge(name: `lalaland_${string}`, help: string, read: () => Promise<number>): void {
    const logger = this.logger;
    let last = { at: 0, value: 0 };
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        if (Date.now() - last.at >= 10_000)
          last = {
            at: Date.now(),
            value: await read().catch((err: unknown) => {
              logger.warn({ err: safeError(err), metric: name }, 'figure not read');
              return last.value;
            }),
          };
        this.set(last.value);
      },
    });
  }

  /** A bounded label for an operation: its root fields, sorted (schema names only); "other" past MAX_OPERATIONS. */
  operationLabel(rootFields: readonly string[]): string {
    const name = rootFields.length ? [...rootFields].sort().join('+').slice(0, 200) : 'none';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return 'other';
    this.operations.add(name);
    return name;
  }

  /** The port the metrics are served on (null: off or not listening). */
  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { metricsPort } = this.config;
    if (metricsPort === null) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        (err: unknown) => {
          this.logger.error({ err: safeError(err) }, 'metrics not collected');
          res.writeHead(503, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
        },
      );
    });
    // A taken port (a second process on one machine) costs the metrics, not the API.
    await new Promise<void>((resolve) => {
      server.once('error', (err) => {
        this.logger.error({ err: safeError(err), port: metricsPort }, 'metrics port not available: metrics are not served');
        resolve();
      });
      server.listen(metricsPort, this.config.metricsHost, () => {
        this.server = server;
        resolve();
      });
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.unlisten();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
