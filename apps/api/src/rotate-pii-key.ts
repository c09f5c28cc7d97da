/* PII_KEY rotation (docs/operations.md): `OLD_PII_KEY=<old> PII_KEY=<new> node dist/rotate-pii-key.js`, with
   DATABASE_URL (else the embedded PostgreSQL under DATA_DIR). Re-encrypts every participant's phone and its search
   hash under the new key; run it in a maintenance window, then restart the API with the new key. */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './core/config';
import { resolveDatabase } from './core/database/database-url';
import { dataSourceOptions } from './core/database/data-source';
import { APP } from './modules';
import { PiiCipher, rotateParticipantPhones } from './modules/participants';

async function main() {
  const config = loadConfig();
  const oldKey = process.env.OLD_PII_KEY;
  if (!oldKey || !config.piiKey) throw new Error('set OLD_PII_KEY (the key in use) and PII_KEY (the new one)');
  if (oldKey.trim() === config.piiKey.trim()) throw new Error('OLD_PII_KEY and PII_KEY are the same key');
  const { ownerUrl, embedded } = await resolveDatabase(config, console.log);
  const ds = new DataSource(dataSourceOptions(ownerUrl, APP));
  await ds.initialize();
  try {
    const result = await rotateParticipantPhones(ds, new PiiCipher({ ...config, piiKey: oldKey }), new PiiCipher(config));
    console.log(JSON.stringify({ rotated: result.rotated, alreadyUnderNewKey: result.already, unreadable: result.unreadable }, null, 2));
    if (result.unreadable.length) process.exitCode = 1;
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
