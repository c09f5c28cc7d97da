import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLSchema, Kind, OperationTypeNode, parse } from 'graphql';
import { Extensions } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { RequestContext } from '../context/request-context';
import type { RequestContextFactory } from '../context/context-factory';
import { LiveEvents } from '../live/live-events';
import { READ_CACHE_QUIET_TABLES } from '../database/migrations/1796380000000-ReadCacheSignal';

/** What a cached answer may weigh, and all of them together on one replica. */
const MAX_ENTRY_BYTES = 512 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** Answers that depend on the clock (a programme's "upcoming" sessions) are recomputed at least this often. */
const MAX_AGE_MS = 60_000;

interface Entry {
  body: Buffer;
  at: number;
}

/**
 * Answers of read-only GraphQL queries, kept per replica and shared only by the same audience (user, organization,
 * role, permissions, language), never stale: every committed write to a table an answer can come from signals all
 * replicas (NOTIFY lalaland_data, migration ReadCacheSignal), and before each use the replica makes a round trip on its
 * listening connection, after which every write committed before the request is known — a read never misses a write
 * that finished before it started, on this replica or another. An answer computed while a write committed is not kept.
 *
 * Which queries: those whose every root field says `@Extensions({ readCache: true })`; an answer that read personal
 * data (each read of which is logged) or carries errors is not kept. No signal, no cache: while the listening
 * connection is down, or when a table lacks the trigger (checked at boot), every request is computed.
 */
@Injectable()
export class ResponseCache implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResponseCache');
  private readonly entries = new Map<string, Entry>();
  private readonly plans = new Map<string, boolean>();
  private bytes = 0;
  private generation = 0;
  private enabled: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly live: LiveEvents,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.enabled = config.responseCache;
    live.onDataChanged(() => this.forget());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const missing = await this.unsignalledTables();
    if (missing.length) {
      this.enabled = false;
      this.logger.error({ tables: missing }, 'response cache off: these tables do not signal their changes (add signalChanges(table) to their migration)');
    }
  }

  /** Tables that neither signal their changes nor are listed as quiet (tests require none). */
  async unsignalledTables(): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.db.query(
      `SELECT t.tablename AS name FROM pg_tables t
        WHERE t.schemaname = current_schema() AND NOT (t.tablename = ANY($1))
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                           WHERE c.relname = t.tablename AND c.relnamespace = current_schema()::regnamespace AND g.tgname = 'read_cache_signal')
        ORDER BY 1`,
      [READ_CACHE_QUIET_TABLES],
    );
    return rows.map((r) => r.name);
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  /** Is every root field of the operation a cached read? (Once per query text.) */
  cacheable(schema: GraphQLSchema, query: string, operationName: unknown): boolean {
    const planKey = `${typeof operationName === 'string' ? operationName : ''}\u0000${query}`;
    let plan = this.plans.get(planKey);
    if (plan === undefined) {
      plan = this.plan(schema, query, operationName);
      if (this.plans.size >= 1000) this.plans.clear();
      this.plans.set(planKey, plan);
    }
    return plan;
  }

  private plan(schema: GraphQLSchema, query: string, operationName: unknown): boolean {
    if (query.length > 20_000) return false;
    let doc;
    try {
      doc = parse(query, { maxTokens: 2000 });
    } catch {
      return false;
    }
    const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const op = ops.length === 1 ? ops[0] : ops.find((o) => o.name?.value === operationName);
    if (!op || op.operation !== OperationTypeNode.QUERY) return false;
    const fields = schema.getQueryType()?.getFields() ?? {};
    return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (fields[s.name.value]?.extensions as { readCache?: unknown } | undefined)?.readCache === true);
  }

  /** True once every write committed before this call is known here (false: off, or not listening: compute). */
  async sync(): Promise<boolean> {
    return this.enabled && (await this.live.sync());
  }

  /** After `sync`: the kept answer, or a ticket to keep the answer about to be computed. */
  lookup(key: string): { body: Buffer } | { ticket: number } {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < MAX_AGE_MS) return { body: hit.body };
    return { ticket: this.generation };
  }

  /** Keeps an answer computed under `ticket`, unless a write was signalled since. */
  keep(key: string, ticket: number, text: string): void {
    if (ticket !== this.generation || text.length > MAX_ENTRY_BYTES) return;
    const body = Buffer.from(text);
    if (this.bytes + body.length > MAX_TOTAL_BYTES) {
      this.entries.clear();
      this.bytes = 0;
    }
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.set(key, { body, at: Date.now() });
    this.bytes += body.length;
  }
}

/** Kept on the request itself (a WeakMap keyed by requests made every request's objects outlive young-generation GC). */
interface CachedRequest extends FastifyRequest {
  lalalandContext?: RequestContext;
  lalalandTicket?: { key: string; ticket: number };
}

/** The context built before GraphQL ran (the cache needs to know the caller first), so it is built once. */
export function prebuiltContext(req: FastifyRequest): RequestContext | undefined {
  return (req as CachedRequest).lalalandContext;
}

/** Serves kept answers on POST /graphql before GraphQL runs, and keeps the answers it may. */
export function installResponseCache(fastify: FastifyInstance, cache: ResponseCache, contexts: RequestContextFactory): void {
  const schemaOf = () => (fastify as unknown as { graphql: { schema: GraphQLSchema } }).graphql.schema;
  fastify.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
    if (!body || typeof body !== 'object' || typeof body.query !== 'string') return;
    if (!cache.cacheable(schemaOf(), body.query, body.operationName)) return;
    const synced = await cache.sync();
    const ctx = await contexts.create(req, reply, synced);
    (req as CachedRequest).lalalandContext = ctx;
    const audience = ctx.audienceKey;
    if (!synced || !audience) return;
    const key = `${audience}\u0000${String(body.operationName ?? '')}\u0000${JSON.stringify(body.variables ?? null)}\u0000${body.query}`;
    const found = cache.lookup(key);
    if ('body' in found) return reply.header('x-lalaland-cache', 'hit').type('application/json; charset=utf-8').send(found.body);
    (req as CachedRequest).lalalandTicket = { key, ticket: found.ticket };
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    const ticket = (req as CachedRequest).lalalandTicket;
    if (!ticket || reply.statusCode !== 200 || typeof payload !== 'string' || reply.getHeader('set-cookie')) return payload;
    if ((req as CachedRequest).lalalandContext?.uncacheable || !payload.startsWith('{"data":') || payload.includes('"errors":')) return payload;
    cache.keep(ticket.key, ticket.ticket, payload);
    return payload;
  });
}

/** Marks a root query whose answers the response cache may keep (read-only, computed from signalled tables). */
export const CachedRead = () => Extensions({ readCache: true });
