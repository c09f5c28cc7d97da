import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApp } from '../../src/app.factory';
import { isApiModule, type ModuleImport } from '../../src/core/module';
import { migrateAndSeed } from '../../src/core/database/migrate';
import { withModules } from '../../src/modules';
import { loadConfig } from '../../src/core/config';
import { DEMO_PASSWORD } from '../../src/modules/auth';
import { TEST_PII_KEY, createTestDatabase } from './db';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions: { code: string; messages?: { ko: string; en: string }; fields?: Array<{ field: string }> } & Record<string, unknown>;
  }>;
  headers: Headers;
}

/** An HTTP client with its own cookie jar, like one browser. */
export class Client {
  cookie: string | null = null;
  constructor(
    readonly baseUrl: string,
    readonly lang = 'ko',
  ) {}

  /**
   * Sends an operation. A typed document (`graphql(`…`)` from ./gql, generated from schema.gql by `npm run codegen`)
   * types the variables and the answer; a plain string answers untyped data (older tests, hostile inputs).
   */
  async gql<T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<GqlResult<T>>;
  async gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  async gql<T>(query: string | TypedDocumentNode<T, unknown>, variables: unknown = {}): Promise<GqlResult<T>> {
    const text = typeof query === 'string' ? query : print(query);
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      // What the portal's Apollo Client sends: the GraphQL-over-HTTP media type first, plain JSON as the fallback.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        'accept-language': this.lang,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query: text, variables }),
    });
    this.keepCookies(res.headers.getSetCookie());
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  }

  /** Like a browser's jar: each Set-Cookie replaces its name's value; an emptied one is dropped. */
  keepCookies(setCookies: string[]): void {
    if (!setCookies.length) return;
    const jar = new Map(
      (this.cookie ?? '')
        .split('; ')
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf('=')), c] as const),
    );
    for (const line of setCookies) {
      const pair = line.split(';')[0]!;
      const name = pair.slice(0, pair.indexOf('='));
      if (pair.endsWith('=')) jar.delete(name);
      else jar.set(name, pair);
    }
    this.cookie = jar.size ? [...jar.values()].join('; ') : null;
  }

  /** The first error code, or undefined. */
  static code(r: GqlResult<unknown>): string | undefined {
    return r.errors?.[0]?.extensions.code;
  }
}

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { user { id email } role activeOrganization { id shortCode } } }`;

export interface TestApp {
  url: string;
  /** The test database's URL (as the superuser): for tests that take the database away. */
  databaseUrl: string;
  app: NestFastifyApplication;
  db: DataSource;
  client(lang?: string): Client;
  as(email: string, password?: string): Promise<Client>;
  orgId(shortCode: string): Promise<string>;
  /** The SQL statements the app sends while `fn` runs (tests run one request at a time). */
  statements<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }>;
  close(): Promise<void>;
}

/** The real app (HTTP, GraphQL, Postgres) on a fresh database cloned from the migrated, seeded template. */
export async function startTestApp(
  extraModules: ModuleImport[] = [],
  env: Record<string, string> = {},
  logStream?: { write(line: string): void },
): Promise<TestApp> {
  return boot(await createTestDatabase(), extraModules, env, logStream);
}

/** Another API process on the same database (a replica): closing it leaves the database to the first. */
export function startReplica(of: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  return boot({ url: of.databaseUrl, drop: async () => undefined }, [], env);
}

async function boot(
  database: { url: string; drop(): Promise<void> },
  extraModules: ModuleImport[],
  env: Record<string, string>,
  logStream?: { write(line: string): void },
): Promise<TestApp> {
  const config = {
    ...loadConfig({
      NODE_ENV: 'test',
      WEB_DIST: '/nonexistent',
      DB_POOL_MAX: '5',
      PII_KEY: TEST_PII_KEY,
      CREDENTIAL_REQUESTS_PER_MINUTE: '100000',
      OUTBOX_POLL_MS: '0',
      ...env,
    }),
    databaseUrl: database.url,
  };
  let app: NestFastifyApplication;
  try {
    // A module added by the test brings its migrations: they run on this database as they would at `npm start`.
    const added = extraModules.filter(isApiModule);
    if (added.some((m) => m.migrations?.length)) await migrateAndSeed(database.url, withModules(added), config);
    app = await createApp(config, extraModules, logStream);
  } catch (e) {
    await database.drop();
    throw e;
  }
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const db = app.get<DataSource>(getDataSourceToken());
  return {
    url,
    databaseUrl: database.url,
    app,
    db,
    client: (lang = 'ko') => new Client(url, lang),
    async as(email: string, password = DEMO_PASSWORD) {
      const c = new Client(url);
      const r = await c.gql(SIGN_IN, { email, password });
      if (r.errors) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(r.errors)}`);
      return c;
    },
    async orgId(shortCode: string) {
      const rows: Array<{ id: string }> = await db.query('SELECT id FROM organization WHERE short_code = $1', [shortCode]);
      if (!rows[0]) throw new Error(`no organization ${shortCode}`);
      return rows[0].id;
    },
    async statements<T>(fn: () => Promise<T>) {
      const sql: string[] = [];
      const spy = jest.spyOn(db.logger, 'logQuery').mockImplementation((query: string) => void sql.push(query));
      try {
        return { result: await fn(), sql };
      } finally {
        spy.mockRestore();
      }
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
