import 'reflect-metadata';
import { loadConfig } from './core/config';
import { resolveDatabase } from './core/database/database-url';
import { migrateAndSeed } from './core/database/migrate';
import { createApp } from './app.factory';
import { DEMO_PASSWORD, SEED_USERS } from './seed/demo-data';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const say = (m: string) => console.log(`[lalaland] ${m}`);
  const { url, embedded } = await resolveDatabase(config, say);
  say(embedded ? `embedded PostgreSQL running, data in ${config.dataDir}` : 'using DATABASE_URL');

  let closing = false;
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: shutting down`);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const { migrations, seeded } = await migrateAndSeed(url, config.seedDemoData, config);
    say(`migrations applied: ${migrations}${seeded ? `; demo data added: ${seeded.organizations} organizations, ${seeded.users} users` : ''}`);
    app = await createApp({ ...config, databaseUrl: url });
    await app.listen(config.port, config.host);
  } catch (err) {
    console.error(err);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
  say(`portal and API ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`  portal:  ${config.publicUrl}/`);
  say(`  GraphQL: ${config.publicUrl}/graphql  (playground for platform admins: ${config.publicUrl}/admin/graphql)`);
  if (config.seedDemoData) {
    say(`demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const u of SEED_USERS) say(`  ${u.email.padEnd(28)} ${u.note}`);
  }
}

void main();
