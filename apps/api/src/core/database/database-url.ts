import { AppConfig } from '../config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded';

export interface ResolvedDatabase {
  /** What the API connects with. */
  url: string;
  /** What migrations, grants and bulk seeds connect with (the owner). */
  ownerUrl: string;
  /** A role to grant the rows of every table after migrating (embedded: lalaland_app). */
  appRole: string | undefined;
  embedded: EmbeddedDatabase | null;
}

/**
 * DATABASE_URL when set (MIGRATION_DATABASE_URL, if set, for migrations), else a real embedded PostgreSQL under
 * DATA_DIR, where the API connects as a non-superuser role and migrations as the owner.
 */
export async function resolveDatabase(config: AppConfig, log: (m: string) => void): Promise<ResolvedDatabase> {
  if (config.databaseUrl)
    return {
      url: config.databaseUrl,
      ownerUrl: process.env.MIGRATION_DATABASE_URL || config.databaseUrl,
      appRole: undefined,
      embedded: null,
    };
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  return { url: embedded.url, ownerUrl: embedded.ownerUrl, appRole: embedded.appRole, embedded };
}
