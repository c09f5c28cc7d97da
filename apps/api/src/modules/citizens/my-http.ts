import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { formFields } from '../../core/http/form-fields';
import { CITIZEN_COOKIE, CitizenSessions, safeNext, type Person } from './citizen-sessions';
import { messagePage, signInPage } from './my-pages';

const STATUS: Partial<Record<string, number>> = {
  TOO_MANY_REQUESTS: 429,
  CITIZEN_ITEM_NOT_FOUND: 404,
  CONSENT_NOT_FOUND: 404,
  CHECK_IN_NOT_ENROLLED: 403,
  CHECK_IN_TOO_EARLY: 409,
  CHECK_IN_TOO_LATE: 409,
};

/**
 * What every page of the citizen's space does the same way: HTML never cached, the request's context, a refusal as a
 * page that says why (never a server error for a client's mistake), and the signed-in person (or the sign-in page).
 */
@Injectable()
export class MyHttp {
  constructor(
    private readonly sessions: CitizenSessions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get origin(): string {
    return this.config.publicUrl;
  }

  send(reply: FastifyReply, status: number, body: string | Buffer, type = 'text/html; charset=utf-8') {
    return reply.code(status).header('content-type', type).header('cache-control', 'no-store').send(body);
  }

  ctx(req: FastifyRequest) {
    return new RequestContext(String(req.id), 'ko', null, req.ip, String(req.headers['user-agent'] ?? '').slice(0, 300) || null, req);
  }

  refusal(reply: FastifyReply, err: unknown) {
    if (!(err instanceof AppError)) throw err;
    return this.send(reply, STATUS[err.code] ?? 400, messagePage(this.origin, '처리하지 못했습니다', err.messageIn('ko')));
  }

  /** Runs `fn` for the signed-in person (a POST must carry the session's form token); anyone else goes to sign in. */
  async signedIn(req: FastifyRequest, reply: FastifyReply, fn: (person: Person) => Promise<unknown>) {
    const person = await this.sessions.person(req.cookies?.[CITIZEN_COOKIE]);
    if (!person) {
      if (req.method === 'GET') return reply.redirect(`/my/sign-in?next=${encodeURIComponent(safeNext(req.url))}`, 303);
      return this.send(reply, 401, signInPage(this.origin, '/my', new AppError('CITIZEN_SIGNED_OUT').messageIn('ko')));
    }
    try {
      if (req.method === 'POST') this.sessions.checkForm(person, formFields(req).get('t'));
      return await fn(person);
    } catch (e) {
      return this.refusal(reply, e);
    }
  }
}
