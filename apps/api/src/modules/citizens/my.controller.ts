import { Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permission.decorator';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { CITIZEN_COOKIE, CitizenSessions, safeNext, type Person } from './citizen-sessions';
import { CitizenActions } from './citizen-actions';
import { codePage, confirmPage, consentEffect, homePage, messagePage, signInPage } from './my-pages';
import { checkedInPage, checkInPage, requestsPage } from './my-request-pages';

/** The form's fields (Fastify parses url-encoded bodies within its body limit); anything else reads as empty. */
export function formOf(req: FastifyRequest): URLSearchParams {
  const out = new URLSearchParams();
  const b = req.body;
  if (b && typeof b === 'object' && !Buffer.isBuffer(b))
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string') out.set(k, first);
    }
  return out;
}

const STATUS: Partial<Record<string, number>> = {
  TOO_MANY_REQUESTS: 429,
  CITIZEN_ITEM_NOT_FOUND: 404,
  CONSENT_NOT_FOUND: 404,
  CHECK_IN_NOT_ENROLLED: 403,
  CHECK_IN_TOO_EARLY: 409,
  CHECK_IN_TOO_LATE: 409,
};

/**
 * The citizen's own space (`/my`): sign-in by a texted code, my learning, cancellations and consents, requests under
 * PIPA with the export, and self check-in by QR. HTML without script, never cached; a refusal is a page that says why.
 */
@Controller('my')
export class MyController {
  constructor(
    private readonly sessions: CitizenSessions,
    private readonly actions: CitizenActions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private send(reply: FastifyReply, status: number, body: string | Buffer, type = 'text/html; charset=utf-8') {
    return reply.code(status).header('content-type', type).header('cache-control', 'no-store').send(body);
  }

  private ctx(req: FastifyRequest) {
    return new RequestContext(String(req.id), 'ko', null, req.ip, String(req.headers['user-agent'] ?? '').slice(0, 300) || null, req);
  }

  private refusal(reply: FastifyReply, err: unknown) {
    if (!(err instanceof AppError)) throw err;
    return this.send(reply, STATUS[err.code] ?? 400, messagePage(this.config.publicUrl, '처리하지 못했습니다', err.messageIn('ko')));
  }

  /** Runs `fn` for the signed-in person; anyone else goes to the sign-in page (and comes back here after). */
  private async signedIn(req: FastifyRequest, reply: FastifyReply, fn: (person: Person) => Promise<unknown>) {
    const person = await this.sessions.person(req.cookies?.[CITIZEN_COOKIE]);
    if (!person) {
      if (req.method === 'GET') return reply.redirect(`/my/sign-in?next=${encodeURIComponent(safeNext(req.url))}`, 303);
      return this.send(reply, 401, signInPage(this.config.publicUrl, '/my', new AppError('CITIZEN_SIGNED_OUT').messageIn('ko')));
    }
    try {
      if (req.method === 'POST') this.sessions.checkForm(person, formOf(req).get('t'));
      return await fn(person);
    } catch (e) {
      return this.refusal(reply, e);
    }
  }

  @Get()
  @Public()
  home(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) =>
      this.send(reply, 200, homePage(this.config.publicUrl, await this.actions.learning(this.ctx(req), p), p.formToken)),
    );
  }

  @Get('sign-in')
  @Public()
  signInForm(@Query('next') next: string | undefined, @Res() reply: FastifyReply) {
    return this.send(reply, 200, signInPage(this.config.publicUrl, safeNext(next)));
  }

  @Post('sign-in')
  @Public()
  async requestCode(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const f = formOf(req);
    try {
      const id = await this.sessions.requestCode(this.ctx(req), f.get('phone') ?? '', f.get('next'));
      return this.send(reply, 200, codePage(this.config.publicUrl, id));
    } catch (e) {
      if (e instanceof AppError && e.code === 'CITIZEN_PHONE_INVALID')
        return this.send(
          reply,
          400,
          signInPage(this.config.publicUrl, safeNext(f.get('next')), e.messageIn('ko'), (f.get('phone') ?? '').slice(0, 13)),
        );
      return this.refusal(reply, e);
    }
  }

  @Post('sign-in/confirm')
  @Public()
  async confirm(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const f = formOf(req);
    const id = f.get('id') ?? '';
    try {
      const { token, next } = await this.sessions.confirm(this.ctx(req), id, (f.get('code') ?? '').replace(/\s/g, ''));
      const c = this.sessions.cookie(token);
      return reply.setCookie(c.name, c.value, c.options).redirect(next, 303);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CITIZEN_CODE_INVALID')
        return this.send(reply, 400, codePage(this.config.publicUrl, id, e.messageIn('ko')));
      return this.refusal(reply, e);
    }
  }

  @Post('sign-out')
  @Public()
  signOut(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async () => {
      await this.sessions.end(req.cookies?.[CITIZEN_COOKIE]);
      return reply.clearCookie(CITIZEN_COOKIE, { path: '/my' }).redirect('/my/sign-in', 303);
    });
  }

  @Get('enrolments/:id/cancel')
  @Public()
  cancelForm(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => {
      const e = await this.actions.enrolmentOf(p, id);
      const what = `${e.title}: ${e.status === 'ENROLLED' ? '수강을 취소하면 자리는 대기하는 다음 분께 넘어가고 되돌릴 수 없습니다.' : '신청을 취소하면 대기 순서가 없어집니다.'}`;
      return this.send(
        reply,
        200,
        confirmPage(this.config.publicUrl, `/my/enrolments/${e.id}/cancel`, '수강 취소', what, '취소합니다', p.formToken),
      );
    });
  }

  @Post('enrolments/:id/cancel')
  @Public()
  cancel(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => {
      const title = await this.actions.cancel(this.ctx(req), p, id);
      return this.send(
        reply,
        200,
        homePage(this.config.publicUrl, await this.actions.learning(this.ctx(req), p), p.formToken, `${title} 취소했습니다.`),
      );
    });
  }

  @Get('consents/:id/withdraw')
  @Public()
  withdrawForm(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => {
      const c = await this.actions.consentOf(this.ctx(req), p, id);
      return this.send(
        reply,
        200,
        confirmPage(this.config.publicUrl, `/my/consents/${c.id}/withdraw`, '동의 철회', consentEffect(c), '철회합니다', p.formToken),
      );
    });
  }

  @Post('consents/:id/withdraw')
  @Public()
  withdraw(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => {
      await this.actions.withdraw(this.ctx(req), p, id);
      return this.send(
        reply,
        200,
        homePage(this.config.publicUrl, await this.actions.learning(this.ctx(req), p), p.formToken, '동의를 철회했습니다.'),
      );
    });
  }

  @Get('requests')
  @Public()
  requests(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) =>
      this.send(reply, 200, requestsPage(this.config.publicUrl, await this.actions.requests(p), p.formToken)),
    );
  }

  @Post('requests')
  @Public()
  request(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => {
      const f = formOf(req);
      try {
        const n = await this.actions.request(this.ctx(req), p, f.get('kind') ?? '', f.get('detail') ?? '');
        const notice = `${n}번으로 접수했습니다. 기관들이 10일 안에 답합니다.`;
        return this.send(reply, 200, requestsPage(this.config.publicUrl, await this.actions.requests(p), p.formToken, undefined, notice));
      } catch (e) {
        if (e instanceof AppError && e.code === 'PRIVACY_REQUEST_DETAIL_REQUIRED')
          return this.send(reply, 400, requestsPage(this.config.publicUrl, await this.actions.requests(p), p.formToken, e.messageIn('ko')));
        throw e;
      }
    });
  }

  @Get('export.json')
  @Public()
  exportJson(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) =>
      this.send(
        reply.header('content-disposition', 'attachment; filename="my-data.json"'),
        200,
        JSON.stringify(await this.actions.exportData(this.ctx(req), p), null, 2),
        'application/json; charset=utf-8',
      ),
    );
  }

  @Get('export.pdf')
  @Public()
  exportPdf(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => this.pdf(reply, await this.actions.exportPdf(this.ctx(req), p), 'my-data.pdf'));
  }

  @Get('history.pdf')
  @Public()
  history(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => this.pdf(reply, await this.actions.historyPdf(this.ctx(req), p), 'learning-history.pdf'));
  }

  @Get('certificates/:file')
  @Public()
  certificate(@Param('file') file: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.signedIn(req, reply, async (p) => {
      const pdf = await this.actions.certificatePdf(this.ctx(req), p, file.replace(/\.pdf$/, ''), this.config.publicUrl);
      return this.pdf(reply, pdf, `certificate-${file.replace(/[^A-Za-z0-9.]/g, '').slice(0, 24)}`);
    });
  }

  private pdf(reply: FastifyReply, body: Buffer | null, name: string) {
    if (!body)
      return this.send(
        reply,
        404,
        messagePage(this.config.publicUrl, '찾을 수 없습니다', new AppError('CITIZEN_ITEM_NOT_FOUND').messageIn('ko')),
      );
    // Inline: a phone opens it in its viewer, from which it prints or saves.
    reply.header('content-disposition', `inline; filename="${name}"`);
    return this.send(reply, 200, body, 'application/pdf');
  }

  @Get('check-in/:sessionId')
  @Public()
  async checkInForm(
    @Param('sessionId') sessionId: string,
    @Query() q: Record<string, unknown>,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const ticket = this.actions.ticketFor(sessionId, typeof q.c === 'string' ? q.c : null, typeof q.k === 'string' ? q.k : null);
    if (!ticket)
      return this.send(
        reply,
        400,
        messagePage(this.config.publicUrl, '출석할 수 없습니다', new AppError('CHECK_IN_CODE_EXPIRED').messageIn('ko')),
      );
    const path = `/my/check-in/${sessionId}?k=${ticket}`;
    const person = await this.sessions.person(req.cookies?.[CITIZEN_COOKIE]);
    if (!person) return reply.redirect(`/my/sign-in?next=${encodeURIComponent(path)}`, 303);
    try {
      const s = await this.actions.checkInTarget(sessionId);
      return this.send(reply, 200, checkInPage(this.config.publicUrl, path, s.title, s.startsAt, person.formToken));
    } catch (e) {
      return this.refusal(reply, e);
    }
  }

  @Post('check-in/:sessionId')
  @Public()
  checkIn(
    @Param('sessionId') sessionId: string,
    @Query('k') k: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.signedIn(req, reply, async (p) => {
      if (!this.actions.ticketFor(sessionId, null, k ?? null)) throw new AppError('CHECK_IN_CODE_EXPIRED');
      const r = await this.actions.checkIn(this.ctx(req), p, sessionId);
      return this.send(reply, 200, checkedInPage(this.config.publicUrl, r.programmeTitle, r.status, r.already));
    });
  }
}
