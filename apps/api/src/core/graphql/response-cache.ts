import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLSchema } from 'graphql';
import { Extensions } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { LiveEvents } from '../live/live-events';
import { MAX_QUERY_CHARACTERS } from './hooks';
import { NOT_CACHEABLE, digest, planOf, type CachePlan } from './query-plan';

export type { CachePlan } from './query-plan';
import { COMPOSED_MODULES, type ComposedModules } from '../module';
import { StatementLog } from '../database/statement-log';
import { EVERY, ReadTables, type TablesRead } from '../database/tables-read';

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
  /** The tables the answer was computed from (a write to one of them drops it), or EVERY (any write does). */
  tables: TablesRead;
}

/** An answer being computed: requests of the same key that arrive before any write wait for it instead of computing it again. */
interface Computing {
  ticket: number;
  answer: Promise<Buffer | null>;
  settle: (body: Buffer | null) => void;
  settled: boolean;
}

/** A miss: the clock when computing began, the statements noted, and the computation others may wait for. */
export interface Ticket {
  ticket: number;
  log: StatementLog;
  computing: Computing;
}

/** The cache's own figures (for operators and the benchmark). */
export interface ResponseCacheStats {
  entries: number;
  bytes: number;
  plans: number;
  hits: number;
  /** Requests answered by waiting for the same audience's identical request being computed. */
  shared: number;
  misses: number;
  evictions: number;
  refused: number;
  /** Answers dropped because a table they read was written. */
  invalidated: number;
}

/**
 * Answers of read-only GraphQL queries, kept per replica and shared only by the same audience (user, organization,
 * role, permissions, language), never stale: every committed write to a table an answer can come from signals all
 * replicas with the table's name (NOTIFY lalaland_data, migrations ReadCacheSignal and ReadCacheSignalNamesTable), and
 * before each use the replica makes a round trip on its listening connection, after which every write committed before
 * the request is known — a read never misses a write that finished before it started, on this replica or another.
 *
 * Answers know what they read (docs/adr/0018): while an answer is computed, every statement the request sends is noted
 * (core/database/statement-log.ts), and the tables those statements can read — through views, functions and
 * row-security policies too (core/database/tables-read.ts) — are kept with it. A write drops only the answers that
 * read its table: taking attendance does not drop the organizations list. An answer that read a table written while
 * it was computed is not kept; one that read a quiet table (no signal of its own) is dropped by any write.
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
  /** For each table, the keys of the answers that read it; EVERY: the answers any write drops. */
  private readonly byTable = new Map<string, Set<string>>();
  private bytes = 0;
  /** Counts signals; a ticket is its value when computing began, compared with when each table last changed. */
  private clock = 0;
  private everythingAt = 0;
  private readonly changedAt = new Map<string, number>();
  /** RESPONSE_CACHE, and every table signalling (set at start). */
  keepsAnswers: boolean;
  private signalled = false; // every table signals its commits (checked at start)
  private readonly counts = { hits: 0, shared: 0, misses: 0, evictions: 0, refused: 0, invalidated: 0 };
  /** Answers being computed, by key (at most one a key; as many as requests in flight). */
  private readonly computing = new Map<string, Computing>();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly live: LiveEvents,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(COMPOSED_MODULES) private readonly app: ComposedModules,
    private readonly tables: ReadTables,
  ) {
    this.keepsAnswers = config.responseCache;
    live.onDataChanged((table) => this.changed(table));
  }

  async onApplicationBootstrap(): Promise<void> {
    const missing = await this.unsignalledTables();
    this.signalled = missing.length === 0;
    if (missing.length && this.keepsAnswers) {
      this.keepsAnswers = false;
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

  /** A committed write to `table` (null: anything may have changed): the answers that read it are dropped. */
  changed(table: string | null): void {
    const now = ++this.clock;
    if (table === null || !this.tables.knows(table)) {
      this.everythingAt = now;
      this.counts.invalidated += this.entries.size;
      this.entries.clear();
      this.byTable.clear();
      this.bytes = 0;
      return;
    }
    this.changedAt.set(table, now);
    for (const set of [this.byTable.get(table), this.byTable.get(EVERY)])
      for (const key of [...(set ?? [])]) {
        this.drop(key);
        this.counts.invalidated++;
      }
  }

  forget(): void {
    this.changed(null);
  }

  stats(): ResponseCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, plans: this.plans.size, ...this.counts };
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.cost;
    for (const table of entry.tables === EVERY ? [EVERY] : entry.tables) {
      const set = this.byTable.get(table);
      set?.delete(key);
      if (set && !set.size) this.byTable.delete(table);
    }
  }

  /** Was any table the answer read written since `ticket`? */
  private writtenSince(ticket: number, tables: TablesRead): boolean {
    if (this.everythingAt > ticket) return true;
    if (tables === EVERY) return this.clock > ticket;
    return tables.some((t) => (this.changedAt.get(t) ?? 0) > ticket);
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

  /** True once every write committed before this call is known here (false: a table that does not signal, or not listening). */
  async signalsKnown(): Promise<boolean> {
    return this.signalled && (await this.live.sync());
  }

  /**
   * After `signalsKnown`: the kept answer; or the same answer being computed for an identical request that began after the last
   * write signalled (nothing committed since it began, so its answer is as fresh as one computed now: wait for it, and
   * compute only if it turns out not to be shareable); or a ticket to compute and keep the answer.
   */
  lookup(key: string): { body: Buffer } | { shared: Promise<Buffer | null> } | Ticket {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < MAX_AGE_MS) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.counts.hits++;
      return { body: hit.body };
    }
    const running = this.computing.get(key);
    if (running && !running.settled && running.ticket === this.clock) {
      this.counts.shared++;
      return { shared: running.answer };
    }
    this.counts.misses++;
    let settle!: (body: Buffer | null) => void;
    const answer = new Promise<Buffer | null>((resolve) => (settle = resolve));
    const computing: Computing = { ticket: this.clock, answer, settled: false, settle: (body) => settle(body) };
    this.computing.set(key, computing);
    return { ticket: this.clock, log: new StatementLog(), computing };
  }

  /**
   * The end of a miss: the answer (null: not shareable — personal data, errors, a failure) goes to those waiting for
   * it, and is kept unless a table it read was written meanwhile. Called once or more; only the first counts.
   */
  finish(key: string, t: Ticket, answer: string | Buffer | null): void {
    const c = t.computing;
    if (c.settled) return;
    c.settled = true;
    if (this.computing.get(key) === c) this.computing.delete(key);
    if (answer === null || answer.length > MAX_ENTRY_BYTES) return c.settle(null);
    const body = Buffer.from(answer);
    c.settle(body);
    this.keep(key, t.ticket, t.log, body);
  }

  /**
   * Keeps an answer computed under `ticket` from the statements in `log`, unless a table they read was written since;
   * the least recently used make room.
   */
  keep(key: string, ticket: number, log: StatementLog, answer: string | Buffer): void {
    if (answer.length > MAX_ENTRY_BYTES) return;
    const tables = this.tables.tablesOf(log);
    if (this.writtenSince(ticket, tables)) return;
    const body = typeof answer === 'string' ? Buffer.from(answer) : answer;
    this.drop(key);
    const cost = body.length + key.length + ENTRY_OVERHEAD_BYTES + (tables === EVERY ? 0 : tables.length * 16);
    while (this.entries.size && (this.entries.size >= MAX_ENTRIES || this.bytes + cost > MAX_TOTAL_BYTES)) {
      this.drop(this.entries.keys().next().value!);
      this.counts.evictions++;
    }
    this.entries.set(key, { body, at: Date.now(), cost, tables });
    this.bytes += cost;
    for (const table of tables === EVERY ? [EVERY] : tables) {
      let set = this.byTable.get(table);
      if (!set) this.byTable.set(table, (set = new Set()));
      set.add(key);
    }
  }
}

/** Marks a root query whose answers the response cache may keep (read-only, computed from signalled tables). */
export const CachedRead = () => Extensions({ readCache: true });
