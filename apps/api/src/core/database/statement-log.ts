import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/** Distinct statement texts one request may note; beyond that its answer counts as having read everything. */
const MAX_TEXTS = 200;

/** The statement texts a request sent to PostgreSQL (what the response cache learns an answer read from). */
export class StatementLog {
  readonly texts = new Set<string>();
  overflow = false;

  add(text: string): void {
    if (this.overflow || this.texts.has(text)) return;
    if (this.texts.size >= MAX_TEXTS) this.overflow = true;
    else this.texts.add(text);
  }
}

const current = new AsyncLocalStorage<StatementLog>();

/** Runs `fn` (and everything it starts) with every statement sent through the app's pool noted in `log`. */
export function logStatements<T>(log: StatementLog, fn: () => T): T {
  return current.run(log, fn);
}

/** Notes a statement in the running request's log, if it keeps one. */
export function noteStatement(text: string): void {
  current.getStore()?.add(text);
}

const errorListeners: Array<(code: string | undefined) => void> = [];

/** Called with the SQLSTATE of every statement that fails (the metrics count statement timeouts); returns its removal. */
export function onStatementError(listener: (code: string | undefined) => void): () => void {
  errorListeners.push(listener);
  return () => {
    const i = errorListeners.indexOf(listener);
    if (i >= 0) errorListeners.splice(i, 1);
  };
}

/**
 * TypeORM's hook on every statement its query runners send (the app's only path to PostgreSQL besides
 * `preparedQuery`, which notes its own): notes the statement for the response cache and prints nothing.
 */
export class StatementNotingLogger implements TypeOrmLogger {
  logQuery(query: string): void {
    noteStatement(query);
  }
  logQueryError(error: string | Error): void {
    const code = typeof error === 'object' ? (error as { code?: string }).code : undefined;
    for (const listener of errorListeners) listener(code);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
