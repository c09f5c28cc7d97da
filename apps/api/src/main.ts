import { stopTracing } from './core/tracing-start';
import 'reflect-metadata';
import { loadConfig } from './core/config';
import { resolveDatabase } from './core/database/database-url';
import { migrateAndSeed } from './migrate';
import { createApp } from './app.factory';
import { DEMO_PASSWORD, SEED_USERS } from './modules/auth';
import { closeDemoPastYears } from './seed/demo-years';

async function main() {
  const started = Date.now();
  const config = loadConfig();
  const say = (m: string) => console.log(`[lalaland] ${m}`);
  const { url, ownerUrl, appRole, embedded } = await resolveDatabase(config, say);
  say(embedded ? `embedded PostgreSQL running, data in ${embedded.clusterDir}` : 'using DATABASE_URL');

  let closing = false;
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  // Each step of the shutdown gets a few seconds: a PostgreSQL that already died must not hold the process.
  const within = (ms: number, p: Promise<unknown> | undefined) =>
    Promise.race([p?.catch(() => undefined), new Promise((r) => setTimeout(r, ms).unref())]);
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: shutting down`);
    await within(5000, app?.close());
    await within(2000, stopTracing?.());
    await within(10_000, restarting); // a restart under way finishes first, so the server it starts is stopped too
    await within(5000, embedded?.stop());
    process.exit(0);
  };
  // Under `npm start` the embedded PostgreSQL is ours to keep alive: restarted if it dies, with a growing pause.
  let restarting: Promise<void> | undefined;
  embedded?.onUnexpectedExit((code) => void (restarting = keepAlive(embedded, code)));
  const keepAlive = async (db: NonNullable<typeof embedded>, code: number | null) => {
    for (let attempt = 1; attempt <= 5 && !closing; attempt++) {
      say(`PostgreSQL stopped unexpectedly (exit ${code}); restarting (attempt ${attempt})`);
      try {
        await db.restart();
        say('PostgreSQL restarted');
        return;
      } catch {
        await new Promise((r) => setTimeout(r, attempt * 1000));
      }
    }
    if (!closing) say('PostgreSQL could not be restarted; requests answer SERVICE_UNAVAILABLE until it is back');
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const { migrations, seeded } = await migrateAndSeed(ownerUrl, config.seedDemoData, config, appRole);
    say(
      `migrations applied: ${migrations}${seeded ? `; demo data added: ${seeded.organizations} organizations, ${seeded.users} users` : ''}`,
    );
    app = await createApp({ ...config, databaseUrl: url });
    await app.listen(config.port, config.host);
  } catch (err) {
    console.error(err);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
  say(`portal and API ready in ${((Date.now() - started) / 1000).toFixed(1)} s (Node ${process.versions.node})`);
  say(`  portal:  ${config.publicUrl}/`);
  say(`  GraphQL: ${config.publicUrl}/graphql  (playground for platform admins: ${config.publicUrl}/admin/graphql)`);
  if (config.seedDemoData) {
    say(`demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const u of SEED_USERS) say(`  ${u.email.padEnd(28)} ${u.note}`);
    // The demo's past years close in the background, as their leads would have (the portal is already served).
    void closeDemoPastYears(app!, say)
      .catch((err: unknown) => say(`demo: closing past years failed: ${String(err)}`))
      .finally(() => say('demo: past years done'));
  }
}

void main();
