import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream } from 'pino';
import { REDACTED_PATHS, prettyLog, safeError } from './core/logging';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { APP_CONFIG, AppConfig } from './core/config';
import { dataSourceOptions } from './core/database/data-source';
import { AuthorizationGuard } from './core/auth/authorization.guard';
import { PermissionCoverageCheck } from './core/auth/permission-coverage';
import { TextBoundsCheck } from './core/errors/text-bounds';
import { createValidationPipe } from './core/errors/validation';
import { HttpAppErrorFilter } from './core/errors/http-error.filter';
import { CoreModule } from './core/core.module';
import { HealthController } from './core/health/health.controller';
import { graphqlOptions } from './core/graphql/graphql.config';
import { RequestContextFactory } from './core/context/context-factory';
import { LiveEvents } from './core/live/live-events';
import { LiveSockets } from './core/live/live-sockets';
import { COMPOSED_MODULES, type ComposedModules } from './core/module';
import { APP } from './modules';

@Module({})
export class AppModule {
  /** The whole API for a resolved configuration (databaseUrl set: embedded or external). */
  static forRoot(
    config: AppConfig & { databaseUrl: string },
    extraModules: DynamicModule['imports'] = [],
    logStream?: DestinationStream,
    app: ComposedModules = APP,
  ): DynamicModule {
    return {
      module: AppModule,
      global: false,
      imports: [
        {
          module: ConfigHolder,
          global: true,
          providers: [
            { provide: APP_CONFIG, useValue: config },
            { provide: COMPOSED_MODULES, useValue: app },
          ],
          exports: [APP_CONFIG, COMPOSED_MODULES],
        },
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              autoLogging: { ignore: (req) => req.url === '/health' },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              // Errors are logged by what they are, never by the values they carry (SQL parameters, quoted rows):
              // replaced before pino reads them, so not even the message pino takes from an error leaks a value.
              hooks: {
                logMethod(args, method) {
                  const [first] = args as unknown[];
                  if (first instanceof Error) args[0] = { err: safeError(first) } as never;
                  else if (first && typeof first === 'object' && 'err' in first)
                    args[0] = { ...first, err: safeError((first as { err: unknown }).err) } as never;
                  return method.apply(this, args);
                },
              },
              // Fastify has given the request its id (app.factory.ts, requestId): one id in logs, audit rows and the response header.
              genReqId: (req) => (typeof req.id === 'string' ? req.id : randomUUID()),
              customProps: (req) => {
                const given = req.headers['x-request-id'];
                return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? { clientRequestId: given } : {};
              },
            },
            logStream ?? (config.logFormat === 'pretty' ? prettyLog() : pino.destination(1)),
          ],
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => {
            const options = dataSourceOptions(config.databaseUrl, app);
            return {
              ...options,
              // The app's connections only (migrations may run longer): no statement past 15 s, no transaction left idle.
              extra: { ...(options.extra as object), statement_timeout: 15_000, idle_in_transaction_session_timeout: 60_000 },
              // A dropped connection must never kill the process: log it; the pool reconnects when Postgres is back.
              poolErrorHandler: (err: Error) =>
                console.warn(JSON.stringify({ level: 'warn', msg: 'database pool error', err: err.message })),
            } as typeof options;
          },
        }),
        TerminusModule,
        DiscoveryModule,
        CoreModule,
        // The modules of the composition root (src/modules.ts); one of them provides the request context factory.
        ...app.nestModules,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [...app.nestModules],
          inject: [RequestContextFactory, LiveEvents, LiveSockets],
          useFactory: (contexts: RequestContextFactory, live: LiveEvents, sockets: LiveSockets) => graphqlOptions(contexts, live, sockets),
        }),
        ...extraModules,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthorizationGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpAppErrorFilter },
        PermissionCoverageCheck,
        TextBoundsCheck,
      ],
    };
  }
}

@Module({})
class ConfigHolder {}
