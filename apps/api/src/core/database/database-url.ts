import { AppConfig } from '../config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded';

/** DATABASE_URL when set, else a real embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(config: AppConfig, log: (m: string) => void): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres(config.dataDir, log);
  return { url: embedded.url, embedded };
}
