import type { AppConfig } from './core/config';
import { migrateAndSeed as migrateModules } from './core/database/migrate';
import { seedDemoData } from './seed/seed';
import { APP } from './modules';

/** Migrations, the modules' data upgrades and (when `seed`) the demo data, for the app's modules; `url` is the owner's. */
export function migrateAndSeed(url: string, seed: boolean, config: AppConfig, appRole?: string) {
  return migrateModules(url, APP, config, {
    appRole,
    seed: seed ? (db) => seedDemoData(db, APP.modules, config) : undefined,
  });
}
