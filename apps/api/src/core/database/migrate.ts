import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import type { AppConfig } from '../config';
import type { ComposedModules } from '../module';
import { grantAppRole } from './app-role';
import { installReadCacheSignals } from './read-cache-signals';

/**
 * Runs pending migrations, each module's data upgrades and (optionally) the idempotent demo data, under an advisory
 * lock so replicas take turns; `url` is the owner's. With `appRole`, that role is then granted the rows of every table (and nothing else).
 */
export async function migrateAndSeed<S>(
  url: string,
  app: ComposedModules,
  config: AppConfig,
  options: { seed?: (db: DataSource) => Promise<S>; appRole?: string } = {},
): Promise<{ migrations: number; seeded: S | null }> {
  const ds = new DataSource({ ...dataSourceOptions(url, app), extra: { max: 2 } });
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(727274)');
    const done = await ds.runMigrations({ transaction: 'each' });
    await installReadCacheSignals(ds, app.quietTables);
    const seeded = options.seed ? await options.seed(ds) : null;
    for (const m of app.modules) await m.afterMigrate?.(ds, config);
    if (options.appRole) await grantAppRole(ds, options.appRole, app.appendOnly);
    return { migrations: done.length, seeded };
  } finally {
    await runner.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
