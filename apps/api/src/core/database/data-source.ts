import 'reflect-metadata';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming';
import type { ComposedModules } from '../module';
import { StatementNotingLogger } from './statement-log';

/** One definition of the database for the app, the tests and the migration CLI, with the modules' entities. Never `synchronize`. */
export function dataSourceOptions(url: string, app: Pick<ComposedModules, 'entities' | 'migrations'>): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...app.entities],
    migrations: [...app.migrations],
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: 'lalaland-api',
    logger: new StatementNotingLogger(),
    extra: { max: Number(process.env.DB_POOL_MAX ?? 10), connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000 },
  };
}
