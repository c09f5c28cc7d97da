import { DataSource, EntityManager } from 'typeorm';
import { seoulDate } from '@lalaland/shared';
import { SEED_FUNDING, codeForYear, openNextYear } from '../modules/funding';
import { copyInitiatives } from '../modules/programmes';
import type { AppConfig } from '../core/config';
import type { ApiModule } from '../core/module';

/**
 * The demo data: every module's own `seed` in the list's order (organizations, users and memberships, streams,
 * programmes, people, enrolments and the rest), in one transaction; idempotent — inserts what is missing, never
 * overwrites what staff changed. Then the demo follows the clock.
 */
export async function seedDemoData(
  db: DataSource,
  modules: readonly ApiModule[],
  config: AppConfig,
): Promise<{ organizations: number; users: number }> {
  return db.transaction(async (em) => {
    const count = async () =>
      (
        (await em.query(
          'SELECT (SELECT count(*) FROM organization)::int AS organizations, (SELECT count(*) FROM app_user)::int AS users',
        )) as Array<{
          organizations: number;
          users: number;
        }>
      )[0]!;
    const before = await count();
    for (const m of modules) await m.seed?.(em, config);
    await followTheClock(em);
    const after = await count();
    return { organizations: after.organizations - before.organizations, users: after.users - before.users };
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
