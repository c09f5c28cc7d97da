import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { GraphQLSchema, Kind, OperationTypeNode, parse } from 'graphql';
import { Extensions } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { RequestContext } from '../context/request-context';
import type { RequestContextFactory } from '../context/context-factory';
import { LiveEvents } from '../live/live-events';
import { MAX_QUERY_CHARACTERS } from './hooks';
import { COMPOSED_MODULES, type ComposedModules } from '../module';

/** What a cached answer may weigh, how many answers and bytes one replica keeps (keys and bookkeeping counted too). */
const MAX_ENTRY_BYTES = 512 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 5_000;
/** What one kept answer costs besides its body: the digest key, the entry, the map's slot. */
const ENTRY_OVERHEAD_BYTES = 160;
/** Query texts planned (is every root field a cached read? which variables does it declare?), kept by digest. */
const MAX_PLANS = 1_000;
/** A request whose variables weigh more than this (as JSON) is computed, never kept. */
export const MAX_CACHED_VARIABLES_BYTES = 4_096;
/** Answers that depend on the clock (a programme's "upcoming" sessions) are recomputed at least this often. */
const MAX_AGE_MS = 60_000;

interface Entry {
  body: Buffer;
  at: number;
  cost: number;
}

/** What the cache knows of one query text: whether its answers may be kept, and the variables it declares. */
export interface CachePlan {
  cacheable: boolean;
  variables: readonly string[];
}

const NOT_CACHEABLE: CachePlan = { cacheable: false, variables: [] };

/** A fixed-size key: long strings of one length share a hash in V8, so no caller-chosen text is ever a map key. */
export function digest(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('base64');
}

/** The cache's own figures (for operators and the benchmark). */
export interface ResponseCacheStats {
  entries: number;
  bytes: number;
  plans: number;
  hits: number;
  misses: number;
  evictions: number;
  refused: number;
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
 *
 * Bounded whatever callers send (docs/adr/0013): keys are SHA-256 digests of the audience, the operation, the
 * variables the query declares and the query text; a request carrying a variable the query does not declare, or
 * variables over 4 KB, is computed and not kept; at most 5,000 answers and 64 MB (keys and bookkeeping counted),
 * the least recently used dropped first; query plans are kept by digest too, at most 1,000.
 */
@Injectable()
export class ResponseCache implements OnApplicationBootstrap {
  private readonly logger = new Logger('ResponseCache');
  /** In least-recently-used order: a hit moves its entry to the end; eviction takes from the front. */
  private readonly entries = new Map<string, Entry>();
  private readonly plans = new Map<string, CachePlan>();
  private bytes = 0;
  private generation = 0;
  private enabled: boolean;
  private readonly counts = { hits: 0, misses: 0, evictions: 0, refused: 0 };

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly live: LiveEvents,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(COMPOSED_MODULES) private readonly app: ComposedModules,
  ) {
    this.enabled = config.responseCache;
    live.onDataChanged(() => this.forget());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const missing = await this.unsignalledTables();
    if (missing.length) {
      this.enabled = false;
      this.logger.error(
        { tables: missing },
        'response cache off: these tables do not signal their changes (run the migrations: they install the trigger, or declare the table quiet in its module)',
      );
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
      [this.app.quietTables],
    );
    return rows.map((r) => r.name);
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): ResponseCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, plans: this.plans.size, ...this.counts };
  }

  /** Is every root field of the operation a cached read, and which variables does it declare? (Once per query text.) */
  plan(schema: GraphQLSchema, query: string, operationName: unknown): CachePlan {
    if (query.length > MAX_QUERY_CHARACTERS) return NOT_CACHEABLE;
    const key = digest(typeof operationName === 'string' ? operationName : '', query);
    let plan = this.plans.get(key);
    if (plan === undefined) {
      plan = planOf(schema, query, operationName);
      if (this.plans.size >= MAX_PLANS) this.plans.delete(this.plans.keys().next().value!);
      this.plans.set(key, plan);
    }
    return plan;
  }

  /**
   * The key of a request's answer, or null when it must not be kept: a variable the query does not declare (GraphQL
   * ignores it, so it could only make a new key), or variables over 4 KB.
   */
  keyOf(audience: string, plan: CachePlan, operationName: unknown, variables: unknown, query: string): string | null {
    const given = variables === undefined || variables === null ? {} : variables;
    if (typeof given !== 'object' || Array.isArray(given)) return null;
    const names = Object.keys(given);
    if (names.some((n) => !plan.variables.includes(n))) {
      this.counts.refused++;
      return null;
    }
    // An omitted variable (its default applies) and an explicit null differ.
    const json = JSON.stringify(plan.variables.map((n) => (n in given ? [(given as Record<string, unknown>)[n]] : [])));
    if (json.length > MAX_CACHED_VARIABLES_BYTES) {
      this.counts.refused++;
      return null;
    }
    return digest(audience, typeof operationName === 'string' ? operationName : '', json, query);
  }

  /** True once every write committed before this call is known here (false: off, or not listening: compute). */
  async sync(): Promise<boolean> {
    return this.enabled && (await this.live.sync());
  }

  /** After `sync`: the kept answer, or a ticket to keep the answer about to be computed. */
  lookup(key: string): { body: Buffer } | { ticket: number } {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < MAX_AGE_MS) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.counts.hits++;
      return { body: hit.body };
    }
    this.counts.misses++;
    return { ticket: this.generation };
  }

  /** Keeps an answer computed under `ticket`, unless a write was signalled since; the least recently used make room. */
  keep(key: string, ticket: number, text: string): void {
    if (ticket !== this.generation || text.length > MAX_ENTRY_BYTES) return;
    const body = Buffer.from(text);
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.cost;
    }
    const cost = body.length + key.length + ENTRY_OVERHEAD_BYTES;
    while (this.entries.size && (this.entries.size >= MAX_ENTRIES || this.bytes + cost > MAX_TOTAL_BYTES)) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= entry.cost;
      this.counts.evictions++;
    }
    this.entries.set(key, { body, at: Date.now(), cost });
    this.bytes += cost;
  }
}

function planOf(schema: GraphQLSchema, query: string, operationName: unknown): CachePlan {
  let doc;
  try {
    doc = parse(query, { maxTokens: 2000 });
  } catch {
    return NOT_CACHEABLE;
  }
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = ops.length === 1 ? ops[0] : ops.find((o) => o.name?.value === operationName);
  if (!op || op.operation !== OperationTypeNode.QUERY) return NOT_CACHEABLE;
  const fields = schema.getQueryType()?.getFields() ?? {};
  const cacheable = op.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (fields[s.name.value]?.extensions as { readCache?: unknown } | undefined)?.readCache === true,
  );
  return cacheable ? { cacheable, variables: (op.variableDefinitions ?? []).map((v) => v.variable.name.value).sort() } : NOT_CACHEABLE;
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
    const plan = cache.plan(schemaOf(), body.query, body.operationName);
    if (!plan.cacheable) return;
    const synced = await cache.sync();
    const ctx = await contexts.create(req, reply, synced);
    (req as CachedRequest).lalalandContext = ctx;
    const audience = ctx.audienceKey;
    if (!synced || !audience) return;
    const key = cache.keyOf(audience, plan, body.operationName, body.variables, body.query);
    if (!key) return;
    const found = cache.lookup(key);
    if ('body' in found) return reply.header('x-lalaland-cache', 'hit').type('application/json; charset=utf-8').send(found.body);
    (req as CachedRequest).lalalandTicket = { key, ticket: found.ticket };
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    const ticket = (req as CachedRequest).lalalandTicket;
    if (!ticket || reply.statusCode !== 200 || typeof payload !== 'string' || reply.getHeader('set-cookie')) return payload;
    if ((req as CachedRequest).lalalandContext?.uncacheable || !payload.startsWith('{"data":') || payload.includes('"errors":'))
      return payload;
    cache.keep(ticket.key, ticket.ticket, payload);
    return payload;
  });
}

/** Marks a root query whose answers the response cache may keep (read-only, computed from signalled tables). */
export const CachedRead = () => Extensions({ readCache: true });
