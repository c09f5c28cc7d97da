import type { EntityManager } from 'typeorm';
import { ORGANIZATIONS } from '../organizations';
import { SEED_FUNDING } from './demo-funding';

/** The 2025 streams with their members; sample budget lines and expenditures (marked) only when a stream is first created. */
export async function seedFunding(em: EntityManager): Promise<void> {
  const f = SEED_FUNDING;
  await em.query(
    `INSERT INTO funding_programme (code, name_ko, name_en, year, funder_organization_id)
     SELECT $1, $2, $3, $4, id FROM ${ORGANIZATIONS} o WHERE short_code = $5 ON CONFLICT (code) DO NOTHING`,
    [f.programme.code, f.programme.nameKo, f.programme.nameEn, f.programme.year, f.programme.funder],
  );
  for (const c of f.categories) {
    await em.query(
      `INSERT INTO funding_category (programme_id, code, name_ko, name_en)
       SELECT id, $2, $3, $4 FROM funding_programme WHERE code = $1 ON CONFLICT (programme_id, code) DO NOTHING`,
      [f.programme.code, c.code, c.nameKo, c.nameEn],
    );
  }
  const org = `(SELECT id FROM ${ORGANIZATIONS} o WHERE short_code = $2)`;
  for (const s of f.streams) {
    const created: Array<{ id: string }> = await em.query(
      `INSERT INTO funding_stream (category_id, code, name_ko, name_en, recipient_organization_id, fiscal_year, period_start, period_end, national_amount)
       SELECT c.id, $1, $3, $4, o.id, 2025, DATE '2025-03-01', DATE '2026-02-28', $5
         FROM funding_category c JOIN funding_programme p ON p.id = c.programme_id, ${ORGANIZATIONS} o
        WHERE p.code = $6 AND c.code = $7 AND o.short_code = $2
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [s.code, s.lead, s.nameKo, s.nameEn, s.nationalAmount, f.programme.code, s.category],
    );
    const streamId = created[0]?.id;
    if (!streamId) continue;
    for (const [shortCode, role] of [[s.lead, 'LEAD'] as const, ...s.members]) {
      await em.query(`INSERT INTO stream_member (stream_id, organization_id, role, starts_on) VALUES ($1, ${org}, $3, DATE '2025-03-01')`, [
        streamId,
        shortCode,
        role,
      ]);
    }
    for (const [shortCode, category, source, planned] of s.lines) {
      await em.query(
        `INSERT INTO budget_line (stream_id, organization_id, category, source, planned_amount, is_sample) VALUES ($1, ${org}, $3, $4, $5, true)`,
        [streamId, shortCode, category, source, planned],
      );
    }
    for (const [shortCode, category, source, amount, spentOn, description, status] of s.expenditures) {
      await em.query(
        `INSERT INTO expenditure (budget_line_id, stream_id, organization_id, amount, spent_on, description, status, submitted_at, decided_at, is_sample)
         SELECT l.id, l.stream_id, l.organization_id, $5, $6, $7, $8::expenditure_status, now(), CASE WHEN $8::expenditure_status = 'APPROVED' THEN now() END, true
           FROM budget_line l WHERE l.stream_id = $1 AND l.organization_id = ${org} AND l.category = $3 AND l.source = $4`,
        [streamId, shortCode, category, source, amount, spentOn, description, status],
      );
    }
  }
}
