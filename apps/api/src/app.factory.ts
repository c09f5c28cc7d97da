import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import cookieParser from 'cookie-parser';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { DynamicModule } from '@nestjs/common';
import { AppModule } from './app.module';
import { AppConfig } from './core/config';
import { ERRORS } from './core/errors/error-codes';

/** Builds the HTTP app: GraphQL at /graphql, /health, and the portal from the same origin. */
export async function createApp(config: AppConfig & { databaseUrl: string }, extraModules: DynamicModule['imports'] = []): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, extraModules), { bufferLogs: true, bodyParser: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(cookieParser());
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  const index = join(config.webDist, 'index.html');
  if (existsSync(index)) {
    app.use('/assets', express.static(join(config.webDist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: any other GET for a page gets the portal's index.html.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
  await app.init();
  // Malformed bodies (bad JSON, too large) are the client's mistake: 400/413 with a code, never 500.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message: ERRORS[code].en, extensions: { code, messages: ERRORS[code] } }] });
  });
  return app;
}
