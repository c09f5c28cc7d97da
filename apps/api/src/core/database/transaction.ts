import { DataSource, EntityManager } from 'typeorm';

/** Runs `fn` in the caller's transaction when one is given (e.g. a whole file import), else in a new one. */
export function inTransaction<T>(db: DataSource, em: EntityManager | undefined, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return em ? fn(em) : db.transaction(fn);
}
