import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COMPOSED_MODULES, type ComposedModules } from '../module';
import type { StatementLog } from './statement-log';

/** Statement texts whose tables are remembered (texts come from code, so few are distinct); beyond this the memo restarts. */
const MAX_MEMO = 2_000;
/** Texts this long are resolved every time: V8 hashes strings over 16,383 characters by their length only. */
const MEMO_TEXT_LIMIT = 16_000;
const WORD = /[a-z_][a-z0-9_$]*/g;

/** What a set of statements read: table names, or every table (EVERY) when that cannot be told. */
export type TablesRead = readonly string[] | typeof EVERY;
export const EVERY = '*';

/**
 * Which tables a statement can read: every word of its text that names a table, a view, a function or a table's
 * row-security policy, followed through their definitions (a view's query, a function's body, a policy's condition)
 * from the catalogue as it is at boot. It errs on the side of more: a column named like a table counts as that
 * table, which only drops a kept answer more often. A quiet table (one that signals no change) makes the answer
 * depend on every write.
 */
export class TableCatalogue {
  private readonly memo = new Map<string, TablesRead>();

  private constructor(
    /** For each name a statement may use: the signalling tables it reads, or EVERY. */
    private readonly reads: ReadonlyMap<string, TablesRead>,
  ) {}

  static async load(db: DataSource, quietTables: readonly string[]): Promise<TableCatalogue> {
    const rows: Array<{ kind: 'table' | 'policy' | 'view' | 'function'; name: string; body: string | null }> = await db.query(
      `SELECT 'table' AS kind, tablename AS name, NULL AS body FROM pg_tables WHERE schemaname = current_schema()
       UNION ALL SELECT 'policy', tablename, concat_ws(' ', qual, with_check) FROM pg_policies WHERE schemaname = current_schema()
       UNION ALL SELECT 'view', viewname, definition FROM pg_views WHERE schemaname = current_schema()
       UNION ALL SELECT 'view', matviewname, definition FROM pg_matviews WHERE schemaname = current_schema()
       UNION ALL SELECT 'function', proname, prosrc FROM pg_proc WHERE pronamespace = current_schema()::regnamespace`,
    );
    const tables = new Set(rows.filter((r) => r.kind === 'table').map((r) => r.name));
    const quiet = new Set(quietTables);
    const bodies = new Map<string, string[]>();
    for (const r of rows) if (r.kind !== 'table' && r.body) bodies.set(r.name, [...(bodies.get(r.name) ?? []), r.body.toLowerCase()]);
    const resolved = new Map<string, Set<string>>();
    const visit = (name: string, seen: Set<string>, into: Set<string>) => {
      if (seen.has(name)) return;
      seen.add(name);
      if (tables.has(name)) into.add(name);
      for (const body of bodies.get(name) ?? [])
        for (const word of body.match(WORD) ?? []) if (tables.has(word) || bodies.has(word)) visit(word, seen, into);
    };
    for (const name of new Set([...tables, ...bodies.keys()])) {
      const into = new Set<string>();
      visit(name, new Set(), into);
      resolved.set(name, into);
    }
    const reads = new Map<string, TablesRead>();
    for (const [name, set] of resolved) {
      if (!set.size) continue;
      reads.set(name, [...set].some((t) => quiet.has(t)) ? EVERY : [...set].sort());
    }
    return new TableCatalogue(reads);
  }

  /** Is `table` one the catalogue knew at boot? (A signal naming another is taken to mean anything changed.) */
  knows(table: string): boolean {
    return this.reads.has(table);
  }

  /** The tables a request's statements can have read. */
  tablesOf(log: StatementLog): TablesRead {
    if (log.overflow) return EVERY;
    const all = new Set<string>();
    for (const text of log.texts) {
      const read = this.statement(text);
      if (read === EVERY) return EVERY;
      for (const t of read) all.add(t);
    }
    return [...all];
  }

  private statement(text: string): TablesRead {
    const kept = text.length < MEMO_TEXT_LIMIT ? this.memo.get(text) : undefined;
    if (kept) return kept;
    const found = new Set<string>();
    let every = false;
    for (const word of new Set(text.toLowerCase().match(WORD) ?? [])) {
      const read = this.reads.get(word);
      if (read === undefined) continue;
      if (read === EVERY) {
        every = true;
        break;
      }
      for (const t of read) found.add(t);
    }
    const result: TablesRead = every ? EVERY : [...found];
    if (text.length < MEMO_TEXT_LIMIT) {
      if (this.memo.size >= MAX_MEMO) this.memo.clear();
      this.memo.set(text, result);
    }
    return result;
  }
}

/** The catalogue of what statements read, loaded at boot: the response cache's and the public pages' (one per app). */
@Injectable()
export class ReadTables implements OnApplicationBootstrap {
  private catalogue: TableCatalogue | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(COMPOSED_MODULES) private readonly app: ComposedModules,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.catalogue = await TableCatalogue.load(this.db, this.app.quietTables);
  }

  /** The tables the statements can have read (every table until the catalogue is loaded). */
  tablesOf(log: StatementLog): TablesRead {
    return this.catalogue ? this.catalogue.tablesOf(log) : EVERY;
  }

  /** Is `table` one the catalogue knew at boot? */
  knows(table: string): boolean {
    return !!this.catalogue?.knows(table);
  }
}

/**
 * The tables some kept data was computed from, growing as more is computed (a page cache's, a snapshot's): whether a
 * signalled write may have changed it. A nameless signal, a table unknown at boot, or data that read everything: yes.
 */
export class ReadSet {
  private readonly tables = new Set<string>();
  private every = false;

  constructor(private readonly known: ReadTables) {}

  add(read: TablesRead): void {
    if (read === EVERY) this.every = true;
    else for (const t of read) this.tables.add(t);
  }

  changedBy(table: string | null): boolean {
    return table === null || this.every || !this.known.knows(table) || this.tables.has(table);
  }
}
