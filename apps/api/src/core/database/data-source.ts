import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition of the database for the app, the tests and the TypeORM CLI. Never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: 'lalaland-api',
    extra: { max: Number(process.env.DB_POOL_MAX ?? 10), connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 },
  };
}

/** Used by the TypeORM CLI (`npm run migration:*`): needs DATABASE_URL. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lalaland'));
