import type { Type } from '@nestjs/common';
import type { DataSource, EntityManager, MigrationInterface } from 'typeorm';
import type { AppConfig } from './config';
import { AuditEvent } from './audit/audit-event.entity';
import { AuditResolver } from './audit/audit.resolver';
import { OutboxMessage } from './events/outbox-message.entity';
import { ErrorCatalog, ErrorCode, registerErrorCatalog, registerUniqueConstraints } from './errors/error-codes';
import { CORE_MIGRATIONS } from './database/migrations';
import { CORE_QUIET_TABLES } from './database/read-cache-signals';

/**
 * A column of a module's table that holds personal data, described for the privacy policy the platform publishes
 * (`/privacy`): what it is and why it is held. The privacy module's test fails on a column that looks personal and is
 * neither described here nor declared not personal.
 */
export interface PersonalDataColumn {
  /** `table.column` */
  column: string;
  /** The item in the reader's words. */
  item: { ko: string; en: string };
  /** One of PERSONAL_DATA_PURPOSES (packages/shared/src/privacy.ts): why it is held and how long. */
  purpose: string;
}

/** Core's own personal-data columns (the audit trail names the address a change came from). */
const CORE_PERSONAL_DATA: readonly PersonalDataColumn[] = [
  {
    column: 'audit_event.ip',
    item: { ko: '변경한 곳의 IP 주소 (감사 기록)', en: 'IP address of a change (audit trail)' },
    purpose: 'SECURITY_LOG',
  },
];

/** A migration class, named `<Name><13-digit timestamp>` (its `name` too): the timestamp orders every module's. */
export type MigrationClass = new () => MigrationInterface;

/** Raw request bodies a module's HTTP routes accept (uploads), up to the module's own limit; GraphQL keeps the small body limit. */
export interface RawUpload {
  /** Only requests whose path starts with this may send these types. */
  pathPrefix: string;
  contentTypes: string[];
  maxBytes: number;
  /** The error when a body grows past `maxBytes` (answered 413). */
  tooLarge: () => Error;
}

/**
 * What a module tells the app about itself, once, in its `index.ts`. The composition root (src/modules.ts) lists the
 * modules in dependency order; core reads what it needs from that list and imports no module.
 */
export interface ApiModule {
  name: string;
  /** The Nest module: providers, resolvers, controllers. */
  nest: Type;
  /** Its TypeORM entities (the data source takes the union). */
  entities: readonly Type[];
  /** Its resolver classes (the schema is printed from the union, without a database). */
  resolvers: readonly Type[];
  /** Its error codes with Korean and English messages (`<module>.errors.ts`). */
  errors: ErrorCatalog;
  /** Unique and exclusion constraints whose violation (a concurrent twin or an overlapping row won) answers one of its codes. */
  uniqueConstraints?: Readonly<Record<string, ErrorCode>>;
  uploads?: readonly RawUpload[];
  /**
   * A read model's list of the tables of modules listed before it that it reads directly, in SQL or through their
   * entities (src/core/module-tables.spec.ts checks the list against the code both ways). Any other module reads
   * another's tables only through what the owner publishes: its services, and the relations, predicates and functions
   * of its `published.ts`; no module writes another's tables.
   */
  reads?: readonly string[];
  /** A read model (figures, reports, search): it reads the tables of the modules before it by design. */
  readModel?: boolean;
  /** Its migrations (`modules/<name>/migrations`): core runs everyone's in the order of their timestamps. */
  migrations?: readonly MigrationClass[];
  /**
   * Its tables whose writes change no cached answer (logs, counters): every other table of every module signals its
   * commits to the response cache, installed by core after the migrations (no migration needs to ask for it).
   */
  quietTables?: readonly string[];
  /**
   * Its logs that are never changed once written (the personal-data access log, registers): the API's role may only
   * read and add rows (UPDATE, DELETE and TRUNCATE revoked after migrations); the module's migration adds a trigger
   * that refuses changes from any role.
   */
  appendOnly?: readonly string[];
  /** Its columns that hold personal data, for the published privacy policy. */
  personalData?: readonly PersonalDataColumn[];
  /** After the migrations, under the migration lock, at every start: data upgrades (idempotent). */
  afterMigrate?: (db: DataSource, config: AppConfig) => Promise<void>;
  /** Demo data (idempotent), in the list's order, inside the seeding transaction. */
  seed?: (em: EntityManager, config: AppConfig) => Promise<void>;
}

export interface ComposedModules {
  readonly modules: readonly ApiModule[];
  readonly entities: readonly Type[];
  readonly resolvers: readonly Type[];
  readonly nestModules: readonly Type[];
  readonly uploads: readonly RawUpload[];
  /** Core's and every module's migrations, in the order of their timestamps. */
  readonly migrations: readonly MigrationClass[];
  /** Tables that do not signal the response cache: core's and those the modules declare. */
  readonly quietTables: readonly string[];
  /** Every module's append-only tables. */
  readonly appendOnly: readonly string[];
  /** Every module's personal-data columns, in the list's order. */
  readonly personalData: readonly PersonalDataColumn[];
}

/** The 13-digit timestamp a migration's class name ends with. */
function timestampOf(m: MigrationClass): number {
  const t = /(\d{13})$/.exec(m.name)?.[1];
  if (!t) throw new Error(`migration ${m.name} must end with its 13-digit timestamp`);
  return Number(t);
}

/** The composed modules, for core's providers that need the whole list (the response cache's quiet tables). */
export const COMPOSED_MODULES = Symbol('COMPOSED_MODULES');

/** Checks and joins the modules' declarations (names and codes are unique; errors are registered for AppError). */
export function composeModules(modules: readonly ApiModule[]): ComposedModules {
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
    registerErrorCatalog(m.name, m.errors);
    if (m.uniqueConstraints) registerUniqueConstraints(m.name, m.uniqueConstraints);
  }
  return {
    modules,
    entities: [AuditEvent, OutboxMessage, ...modules.flatMap((m) => m.entities)],
    resolvers: [AuditResolver, ...modules.flatMap((m) => m.resolvers)],
    nestModules: modules.map((m) => m.nest),
    uploads: modules.flatMap((m) => m.uploads ?? []),
    migrations: [...CORE_MIGRATIONS, ...modules.flatMap((m) => m.migrations ?? [])].sort((a, b) => timestampOf(a) - timestampOf(b)),
    quietTables: [...CORE_QUIET_TABLES, ...modules.flatMap((m) => m.quietTables ?? [])],
    appendOnly: modules.flatMap((m) => m.appendOnly ?? []),
    personalData: [...CORE_PERSONAL_DATA, ...modules.flatMap((m) => m.personalData ?? [])],
  };
}

/** A Nest module, or a module's declaration (composed with the list's modules). */
export type ModuleImport = ApiModule | NonNullable<import('@nestjs/common').DynamicModule['imports']>[number];

export function isApiModule(m: unknown): m is ApiModule {
  return typeof m === 'object' && m !== null && 'nest' in m && 'errors' in m && 'entities' in m;
}
