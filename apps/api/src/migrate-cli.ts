/* Migration commands without the TypeORM CLI's TypeScript loader: `node dist/migrate-cli.js generate <module> <Name> | run | revert`.
   `generate` writes the difference between the entities and the migrations into that module's own `migrations/` folder
   (`core` for the platform's tables) and adds it to the folder's index. Uses DATABASE_URL, else the embedded PostgreSQL under DATA_DIR (the same one `npm start` uses). */
import 'reflect-metadata';
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig } from './core/config';
import { resolveDatabase } from './core/database/database-url';
import { dataSourceOptions } from './core/database/data-source';
import { APP } from './modules';

async function main() {
  const [command, owner, name] = process.argv.slice(2);
  const config = loadConfig();
  const { ownerUrl: url, embedded } = await resolveDatabase(config, console.log);
  const ds = new DataSource(dataSourceOptions(url, APP));
  await ds.initialize();
  try {
    if (command === 'run') {
      const done = await ds.runMigrations({ transaction: 'each' });
      console.log(`ran ${done.length} migration(s)`);
    } else if (command === 'revert') {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else if (command === 'generate') {
      if (!owner || !name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate <module> PascalCaseName');
      if (owner !== 'core' && !APP.modules.some((m) => m.name === owner)) throw new Error(`no module named ${owner} in src/modules.ts`);
      await ds.runMigrations({ transaction: 'each' });
      const sql = await ds.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        console.log('no changes: entities match the migrations');
        return;
      }
      const ts = Date.now();
      const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
      const body = (qs: { query: string }[]) => qs.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
      const cls = `${name}${ts}`;
      const dir = resolve(__dirname, owner === 'core' ? '../src/core/database/migrations' : `../src/modules/${owner}/migrations`);
      const indexFile = join(dir, 'index.ts');
      if (!existsSync(indexFile)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(
          indexFile,
          `/** The ${owner} module's migrations (the composition root orders every module's by time). */\nexport const MIGRATIONS = [];\n`,
        );
      }
      const file = `${ts}-${name}.ts`;
      writeFileSync(
        join(dir, file),
        `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${body(sql.upQueries)}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${body([...sql.downQueries].reverse())}\n  }\n}\n`,
      );
      const index = `import { ${cls} } from './${ts}-${name}';\n${readFileSync(indexFile, 'utf8')}`.replace(
        /= \[(.*)\];/s,
        (_m, list: string) => `= [${list.trim() ? `${list.trim().replace(/,\s*$/, '')}, ` : ''}${cls}];`,
      );
      writeFileSync(indexFile, index);
      console.log(`wrote ${join(dir, file)}; add \`migrations: MIGRATIONS\` to the module's declaration if it is its first`);
    } else {
      throw new Error('usage: migrate-cli generate <module> <Name> | run | revert');
    }
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
