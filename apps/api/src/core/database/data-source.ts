import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './naming';
import { MIGRATIONS } from './migrations';

/** One definition of the database for the app, the tests and the migration CLI, with the modules' entities. Never `synchronize`. */
export function dataSourceOptions(url: string, entities: readonly Type[]): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...entities],
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
