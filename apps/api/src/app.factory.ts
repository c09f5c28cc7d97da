import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { installErrorHandler } from './core/http/error-handler';
import { errorBody } from './core/errors/http-error.filter';
import { installCredentialRateLimit } from './core/http/rate-limit';
import { installSecurityHeaders } from './core/http/security-headers';
import { AppConfig } from './core/config';
import { installRawUploads } from './core/http/raw-uploads';
import { installWebSocketHandshake } from './core/http/websocket-handshake';
import { ResponseCache } from './core/graphql/response-cache';
import { installResponseCache } from './core/graphql/response-cache.http';
import { SqlReads, installSqlReads } from './core/graphql/sql-read.http';
import { RequestContextFactory } from './core/context/context-factory';
import { withModules } from './modules';
import { isApiModule, type ModuleImport } from './core/module';
import { installGraphqlOverHttp } from './core/graphql/over-http';
import { Metrics } from './core/metrics/metrics';
import { installGraphqlMetrics } from './core/metrics/graphql-metrics';

/** Request bodies above this answer 413 (a GraphQL request is a few KB; imports use their own route). */
export const BODY_LIMIT = 100 * 1024;

const acceptsHtml = (accept: string | undefined) => !accept || /text\/html|\*\/\*/.test(accept);

/** Builds the HTTP app (Fastify): GraphQL at /graphql, /health, and the portal from the same origin. */
export async function createApp(
  config: AppConfig & { databaseUrl: string },
  extraModules: ModuleImport[] = [],
  logStream?: DestinationStream,
): Promise<NestFastifyApplication> {
  // Declarations join the composition root's list (tests and examples); plain Nest modules are imported beside it.
  const composed = withModules(extraModules.filter(isApiModule));
  const nestExtras = extraModules.filter((m) => !isApiModule(m)) as DynamicModule['imports'];
  const adapter = new FastifyAdapter({
    // The client's address is the connection's, unless a configured proxy names it (TRUST_PROXY): a header from anyone else is not believed.
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
    // One id per request, kept on the raw request too (pino-http). The request id in logs, audit rows and personal-data reads is always the server's own; a client's X-Request-Id
    // (when well-formed) is only logged beside it, as clientRequestId, and never trusted as evidence.
    genReqId: (req: IncomingMessage) => {
      const id = randomUUID();
      (req as { id?: string }).id = id;
      return id;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, nestExtras, logStream, composed), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.register(fastifyCookie);
  // Multipart bodies (document uploads) are parsed as streams by the route that asks for them; each route sets its limits.
  await app.register(fastifyMultipart, { limits: { fileSize: 1, files: 1, fields: 5, fieldSize: 100, parts: 6, headerPairs: 50 } });
  const fastify = app.getHttpAdapter().getInstance();
  const logger = app.get(Logger);
  installErrorHandler(fastify, (err) => logger.error({ err }, 'unexpected error'));
  // Ours is the one Fastify-level error handler: Nest would set its exception layer over it at init (Fastify warns,
  // FSTWRN004). Errors inside Nest's routes still meet Nest's filters there; the rest (parsing, hooks) meet ours.
  adapter.setErrorHandler = () => fastify;
  await installCredentialRateLimit(
    fastify,
    app.get<DataSource>(getDataSourceToken()),
    config.credentialRequestsPerMinute,
    config.apiKeyRequestsPerMinute,
  );
  installSecurityHeaders(fastify, config.publicUrl);
  installWebSocketHandshake(fastify);
  installGraphqlOverHttp(fastify);

  // A GraphQL answer over the size budget is replaced by a typed refusal (the cost limit keeps real ones far below).
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (!req.url.startsWith('/graphql')) return payload;
    // GraphQL's text, or a SQL read's bytes (core/graphql/sql-read.ts).
    if (Buffer.isBuffer(payload) ? payload.length <= config.responseMaxBytes : typeof payload !== 'string') return payload;
    if (
      typeof payload === 'string' &&
      (payload.length <= config.responseMaxBytes / 3 || Buffer.byteLength(payload) <= config.responseMaxBytes)
    )
      return payload;
    reply.code(400);
    return JSON.stringify(
      errorBody(req.headers['accept-language'], 'RESPONSE_TOO_LARGE', undefined, { maxBytes: config.responseMaxBytes }),
    );
  });

  // Kept answers of read-only queries (core/graphql/response-cache.ts), after the size check above.
  installResponseCache(fastify, app.get(ResponseCache), app.get(RequestContextFactory));
  // What the cache did not answer and one statement can: JSON built by PostgreSQL (core/graphql/sql-read.ts).
  installSqlReads(fastify, app.get(SqlReads));
  installGraphqlMetrics(fastify, app.get(Metrics));

  // Roster files (and any module's raw uploads) arrive as raw bytes, only on their routes and up to their own limit.
  installRawUploads(fastify, composed.uploads);

  const indexFile = join(config.webDist, 'index.html');
  if (existsSync(indexFile)) {
    const indexHtml = readFileSync(indexFile);
    // Every built file gets its own route (wildcard: false); hashed assets are cached for a year.
    await app.register(fastifyStatic, {
      root: config.webDist,
      prefix: '/',
      wildcard: false,
      index: false,
      cacheControl: false,
      // The portal build writes .br and .gz beside each asset (apps/web/scripts/precompress.mjs).
      preCompressed: true,
      setHeaders: (reply, path) =>
        reply.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600'),
    });
    // Client-side routes: any other GET for a page gets the portal's index.html; the rest is Nest's 404.
    fastify.get('/*', (req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      if (path.startsWith('/assets/') || path.startsWith('/graphql') || path.startsWith('/health') || !acceptsHtml(req.headers.accept))
        return reply.callNotFound();
      return reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    });
  }
  await app.init();
  return app;
}
