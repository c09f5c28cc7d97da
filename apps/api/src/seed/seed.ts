import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth';
import { DEMO_PASSWORD, SEED_FUNDING, SEED_ORGANIZATIONS, SEED_USERS } from './demo-data';
import { AuditService } from '../core/audit/audit.service';
import { Transactions } from '../core/database/transaction';
import { PiiCipher } from '../modules/participants';
import { EnrolmentRules } from '../modules/enrolments';
import { seedLearn } from './learn-seed';
import { codeForYear, openNextYear } from '../modules/funding';
import { copyInitiatives } from '../modules/programmes';
import { seoulDate } from '@lalaland/shared';
import type { EventBus } from '../core/events/event-bus';
import type { AppConfig } from '../core/config';
import type { ApiModule } from '../core/module';

/** The seed announces nothing: what a module would do on an event, its own `seed` does for the demo data. */
const NO_EVENTS = { publish: async () => undefined } as Pick<EventBus, 'publish'> as EventBus;

/** Idempotent: inserts what is missing, never overwrites what staff changed. */
export async function seedDemoData(
  db: DataSource,
  cipher: PiiCipher,
  modules: readonly ApiModule[],
  config: AppConfig,
): Promise<{ organizations: number; users: number }> {
  return db.transaction(async (em) => {
    let organizations = 0;
    for (const o of SEED_ORGANIZATIONS) {
      const rows: unknown[] = await em.query(
        `INSERT INTO organization (kind, name_ko, name_en, short_code, admin_code, parent_id, is_sample, contact_email, address, active_from)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM organization WHERE short_code = $6), $7, $8, $9, DATE '2025-01-01')
         ON CONFLICT (short_code) DO NOTHING RETURNING id`,
        [
          o.kind,
          o.nameKo,
          o.nameEn,
          o.shortCode,
          o.adminCode ?? null,
          o.parent ?? null,
          o.isSample ?? false,
          o.contactEmail ?? null,
          o.address ?? null,
        ],
      );
      organizations += rows.length;
    }
    let users = 0;
    for (const u of SEED_USERS) {
      const exists: unknown[] = await em.query('SELECT 1 FROM app_user WHERE email = $1', [u.email]);
      if (exists.length === 0) {
        await em.query('INSERT INTO app_user (email, display_name, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4)', [
          u.email,
          u.displayName,
          await hashPassword(DEMO_PASSWORD),
          u.isPlatformAdmin ?? false,
        ]);
        users++;
      }
      for (const [shortCode, role] of u.memberships) {
        await em.query(
          `INSERT INTO membership (user_id, organization_id, role)
           SELECT u.id, o.id, $3 FROM app_user u, organization o WHERE u.email = $1 AND o.short_code = $2
           ON CONFLICT (user_id, organization_id) DO NOTHING`,
          [u.email, shortCode, role],
        );
      }
    }
    await seedFunding(em);
    // The seed's writes join this transaction the way a request's do (the audit rows of completions included).
    const tx = new Transactions(db);
    await seedLearn(em, cipher, new EnrolmentRules(new AuditService(db, tx), NO_EVENTS), tx);
    for (const m of modules) await m.seed?.(em, config);
    await followTheClock(em);
    return { organizations, users };
  });
}

/**
 * The demo follows the clock: each demo stream's years are opened, one from the last (as its lead would), up to the
 * fiscal year that holds today, so staff always have this year to plan and run in. Runs at every start (idempotent).
 */
async function followTheClock(em: EntityManager): Promise<void> {
  const today = seoulDate();
  for (const stream of SEED_FUNDING.streams) {
    for (let year = 2025; year < 2100; year++) {
      const [s] = (await em.query('SELECT id, period_end::text AS end FROM funding_stream WHERE code = $1', [
        codeForYear(stream.code, year),
      ])) as Array<{ id: string; end: string }>;
      if (!s || s.end >= today) break;
      const next = await openNextYear(em, s.id);
      if (next) await copyInitiatives(em, s.id, next.id, next.fiscalYear);
    }
  }
}

/** The 2025 streams with their members; sample budget lines and expenditures (marked) only when a stream is first created. */
async function seedFunding(em: EntityManager): Promise<void> {
  const f = SEED_FUNDING;
  await em.query(
    `INSERT INTO funding_programme (code, name_ko, name_en, year, funder_organization_id)
     SELECT $1, $2, $3, $4, id FROM organization WHERE short_code = $5 ON CONFLICT (code) DO NOTHING`,
    [f.programme.code, f.programme.nameKo, f.programme.nameEn, f.programme.year, f.programme.funder],
  );
  for (const c of f.categories) {
    await em.query(
      `INSERT INTO funding_category (programme_id, code, name_ko, name_en)
       SELECT id, $2, $3, $4 FROM funding_programme WHERE code = $1 ON CONFLICT (programme_id, code) DO NOTHING`,
      [f.programme.code, c.code, c.nameKo, c.nameEn],
    );
  }
  const org = `(SELECT id FROM organization WHERE short_code = $2)`;
  for (const s of f.streams) {
    const created: Array<{ id: string }> = await em.query(
      `INSERT INTO funding_stream (category_id, code, name_ko, name_en, recipient_organization_id, fiscal_year, period_start, period_end, national_amount)
       SELECT c.id, $1, $3, $4, o.id, 2025, DATE '2025-03-01', DATE '2026-02-28', $5
         FROM funding_category c JOIN funding_programme p ON p.id = c.programme_id, organization o
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
