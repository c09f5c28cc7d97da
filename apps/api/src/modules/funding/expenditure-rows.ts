import type { EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error';
import { Expenditure } from './budget-line.entity';

/** The row again, locked, inside the transaction (access was checked before it, on the pool). */
export async function lockExpenditure(em: EntityManager, id: string): Promise<Expenditure> {
  const exp = await em.findOne(Expenditure, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!exp) throw new AppError('EXPENDITURE_NOT_FOUND');
  return exp;
}

/** What is executed on a budget line: the sum of its approved expenditures (derived, never stored: docs/adr/0004). */
export async function executedOn(em: EntityManager, lineId: string): Promise<number> {
  const [row] = (await em.query(
    `SELECT COALESCE(SUM(amount), 0) AS executed FROM expenditure WHERE budget_line_id = $1 AND status = 'APPROVED'`,
    [lineId],
  )) as Array<{ executed: string }>;
  return Number(row?.executed ?? 0);
}

/** The decision taken at `decidedAt` still stands (not taken back, not decided again): what the announcement checks. */
export async function decisionStands(em: EntityManager, id: string, decidedAt: string): Promise<boolean> {
  const rows = (await em.query(
    `SELECT 1 FROM expenditure WHERE id = $1 AND status IN ('APPROVED', 'REJECTED') AND decided_at = $2::timestamptz`,
    [id, decidedAt],
  )) as unknown[];
  return rows.length > 0;
}
