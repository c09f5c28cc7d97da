import { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config';
import type { ApiModule } from '../core/module';

/**
 * The demo data: every module's own `seed` in the list's order (organizations, users and memberships, streams,
 * programmes, people, enrolments and the rest), in one transaction; idempotent — inserts what is missing, never
 * overwrites what staff changed (the programmes module's also opens the streams' years up to today: the demo follows the clock).
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
    const after = await count();
    return { organizations: after.organizations - before.organizations, users: after.users - before.users };
  });
}
