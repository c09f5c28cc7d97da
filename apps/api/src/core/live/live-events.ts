import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import mq, { type MQEmitter } from 'mqemitter';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config';
import { RequestContext } from '../context/request-context';
import { Transactions } from '../database/transaction';
import { safeError } from '../logging';

/** The PostgreSQL channel every replica listens on. */
export const LIVE_CHANNEL = 'lalaland_live';
/** The channel on which every write to a cacheable table signals at its commit, naming the table (migration ReadCacheSignalNamesTable). */
export const DATA_CHANNEL = 'lalaland_data';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; live messages carry ids and short titles. */
const MAX_PAYLOAD = 7900;

/**
 * Live messages for GraphQL subscriptions, across API replicas without a second stateful service: `publish` sends a
 * PostgreSQL NOTIFY inside the caller's transaction (so it goes out at commit, and never for a rolled-back change);
 * every replica LISTENs on one connection and hands what arrives to its local emitter, which Mercurius's subscriptions
 * read. A replica that loses the connection reconnects (clients refetch what they missed when their socket reopens).
 */
@Injectable()
export class LiveEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly emitter: MQEmitter = mq();
  private readonly logger = new Logger('Live');
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private ready: Promise<void> = Promise.resolve();
  private readonly dataListeners: Array<(table: string | null) => void> = [];
  private inflight: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: Transactions,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    this.ready = this.listen();
    return this.ready;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    await new Promise<void>((resolve) => this.emitter.close(() => resolve()));
  }

  /** Sent to each topic's subscribers on every replica when the caller's transaction commits (one statement for all). */
  async publish(ctx: RequestContext, messages: ReadonlyArray<{ topic: string; payload: object }>): Promise<void> {
    if (!messages.length) return;
    const texts = messages.map(({ topic, payload }) => {
      const text = JSON.stringify({ topic, payload });
      if (Buffer.byteLength(text) > MAX_PAYLOAD)
        throw new Error(`live message for ${topic} is too large (${Buffer.byteLength(text)} bytes)`);
      return text;
    });
    await this.tx.readOwnWrites(ctx).query('SELECT pg_notify($1, m) FROM unnest($2::text[]) m', [LIVE_CHANNEL, texts]);
  }

  /**
   * Called, synchronously, for every table a committed transaction wrote (once per table and transaction), with its
   * name; with null when anything may have changed (the connection was lost, or a signal named no table).
   */
  onDataChanged(listener: (table: string | null) => void): void {
    this.dataListeners.push(listener);
  }

  /**
   * Resolves true once every write committed before the call has been signalled to the data listeners: a round trip
   * on the listening connection, after which PostgreSQL has delivered the notifications that preceded it. Concurrent
   * callers share a round trip that started after they asked. False when not listening (the caller cannot rely on signals).
   */
  sync(): Promise<boolean> {
    const client = this.client;
    if (!client) return Promise.resolve(false);
    if (this.queued) return this.queued;
    const send = (): Promise<boolean> => {
      const done = client.query('SELECT 1').then(
        () => this.client === client,
        () => false,
      );
      this.inflight = done;
      void done.then(() => {
        if (this.inflight === done) this.inflight = null;
      });
      return done;
    };
    if (!this.inflight) return send();
    // A round trip is on its way: the next one (sent when it returns) serves everyone who asks until then.
    const queued = this.inflight.then(() => {
      this.queued = null;
      return send();
    });
    this.queued = queued;
    return queued;
  }

  /** Resolves when this replica is listening (tests wait for it before publishing elsewhere). */
  listening(): Promise<void> {
    return this.ready;
  }

  private async listen(): Promise<void> {
    if (this.stopped || !this.config.databaseUrl) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'lalaland-live' });
    client.on('notification', (msg) => {
      if (msg.channel === DATA_CHANNEL) return this.dataChanged(msg.payload || null);
      if (msg.channel !== LIVE_CHANNEL || !msg.payload) return;
      try {
        const { topic, payload } = JSON.parse(msg.payload) as { topic: string; payload: unknown };
        this.emitter.emit({ topic, payload });
      } catch (err) {
        this.logger.warn({ err: safeError(err) }, 'unreadable live message dropped');
      }
    });
    client.on('error', (err) => {
      this.logger.warn({ err: safeError(err) }, 'live connection lost; reconnecting');
      this.reconnect(client);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}; LISTEN ${DATA_CHANNEL}`);
      this.client = client;
    } catch (err) {
      this.logger.warn({ err: safeError(err) }, 'live connection failed; retrying');
      this.reconnect(client);
    }
  }

  private dataChanged(table: string | null): void {
    for (const listener of this.dataListeners) listener(table);
  }

  private reconnect(client: Client): void {
    if (this.client === client) this.client = null;
    // Signals may have been missed while the connection was down: whatever was cached from before is dropped.
    this.dataChanged(null);
    void client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.ready = this.listen();
    }, 1000);
    this.retry.unref();
  }
}
