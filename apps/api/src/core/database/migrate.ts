import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { seedDemoData } from '../../seed/seed';
import type { AppConfig } from '../config';
import { PiiCipher, upgradeParticipantPhones } from '../../modules/participants/pii-cipher';
import { grantAppRole } from './app-role';

/**
 * Runs pending migrations and (optionally) the idempotent seed, under an advisory lock so replicas take turns; `url`
 * is the owner's. With `appRole`, that role is then granted the rows of every table (and nothing else).
 */
export async function migrateAndSeed(url: string, seed: boolean, config: AppConfig, appRole?: string): Promise<{ migrations: number; seeded: { organizations: number; users: number } | null }> {
  const ds = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } });
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock(727274)');
    const done = await ds.runMigrations({ transaction: 'each' });
    const cipher = new PiiCipher(config);
    const seeded = seed ? await seedDemoData(ds, cipher) : null;
    await upgradeParticipantPhones(ds, cipher);
    if (appRole) await grantAppRole(ds, appRole);
    return { migrations: done.length, seeded };
  } finally {
    await runner.query('SELECT pg_advisory_unlock(727274)').catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
