import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permission.decorator';
import { AppError } from '../../core/errors/app-error';
import { CITIZEN_COOKIE, CitizenSessions, safeNext } from './citizen-sessions';
import { MyHttp } from './my-http';
import { formFields } from '../../core/http/form-fields';
import { CitizenActions } from './citizen-actions';
import { codePage, confirmPage, consentEffect, homePage, messagePage, signInPage } from './my-pages';
import { checkedInPage, checkInPage, mentorLoggedPage, requestsPage } from './my-request-pages';

/**
 * The citizen's own space (`/my`): sign-in by a texted code, my learning, cancellations and consents, requests under
 * PIPA with the export, and self check-in by QR. HTML without script, never cached; a refusal is a page that says why.
 */
@Controller('my')
export class MyController {
  constructor(
    private readonly sessions: CitizenSessions,
    private readonly actions: CitizenActions,
    private readonly http: MyHttp,
  ) {}

  @Get()
  @Public()
  home(@Query('changed') changed: string | undefined, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const notice = changed === 'phone' ? '휴대전화 번호를 바꿨습니다. 모든 기관의 기록에 새 번호가 적혔습니다.' : undefined;
    return this.http.signedIn(req, reply, async (p) =>
      this.http.send(reply, 200, homePage(this.http.origin, await this.actions.learning(this.http.ctx(req), p), p.formToken, notice)),
    );
  }

  @Get('sign-in')
  @Public()
  signInForm(@Query('next') next: string | undefined, @Res() reply: FastifyReply) {
    return this.http.send(reply, 200, signInPage(this.http.origin, safeNext(next)));
  }

  @Post('sign-in')
  @Public()
  async requestCode(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const f = formFields(req);
    try {
      const id = await this.sessions.requestCode(this.http.ctx(req), f.get('phone') ?? '', f.get('next'));
      return this.http.send(reply, 200, codePage(this.http.origin, id));
    } catch (e) {
      if (e instanceof AppError && e.code === 'CITIZEN_PHONE_INVALID')
        return this.http.send(
          reply,
          400,
          signInPage(this.http.origin, safeNext(f.get('next')), e.messageIn('ko'), (f.get('phone') ?? '').slice(0, 13)),
        );
      return this.http.refusal(reply, e);
    }
  }

  @Post('sign-in/confirm')
  @Public()
  async confirm(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const f = formFields(req);
    const id = f.get('id') ?? '';
    try {
      const { token, next } = await this.sessions.confirm(this.http.ctx(req), id, (f.get('code') ?? '').replace(/\s/g, ''));
      const c = this.sessions.cookie(token);
      return reply.setCookie(c.name, c.value, c.options).redirect(next, 303);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CITIZEN_CODE_INVALID')
        return this.http.send(reply, 400, codePage(this.http.origin, id, e.messageIn('ko')));
      return this.http.refusal(reply, e);
    }
  }

  @Post('sign-out')
  @Public()
  signOut(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async () => {
      await this.sessions.end(req.cookies?.[CITIZEN_COOKIE]);
      return reply.clearCookie(CITIZEN_COOKIE, { path: '/my' }).redirect('/my/sign-in', 303);
    });
  }

  @Get('enrolments/:id/cancel')
  @Public()
  cancelForm(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      const e = await this.actions.enrolmentOf(p, id);
      const what = `${e.title}: ${e.status === 'ENROLLED' ? '수강을 취소하면 자리는 대기하는 다음 분께 넘어가고 되돌릴 수 없습니다.' : '신청을 취소하면 대기 순서가 없어집니다.'}`;
      return this.http.send(
        reply,
        200,
        confirmPage(this.http.origin, `/my/enrolments/${e.id}/cancel`, '수강 취소', what, '취소합니다', p.formToken),
      );
    });
  }

  @Post('enrolments/:id/cancel')
  @Public()
  cancel(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      const title = await this.actions.cancel(this.http.ctx(req), p, id);
      return this.http.send(
        reply,
        200,
        homePage(this.http.origin, await this.actions.learning(this.http.ctx(req), p), p.formToken, `${title} 취소했습니다.`),
      );
    });
  }

  @Get('consents/:id/withdraw')
  @Public()
  withdrawForm(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      const c = await this.actions.consentOf(this.http.ctx(req), p, id);
      return this.http.send(
        reply,
        200,
        confirmPage(this.http.origin, `/my/consents/${c.id}/withdraw`, '동의 철회', consentEffect(c), '철회합니다', p.formToken),
      );
    });
  }

  @Post('consents/:id/withdraw')
  @Public()
  withdraw(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      await this.actions.withdraw(this.http.ctx(req), p, id);
      return this.http.send(
        reply,
        200,
        homePage(this.http.origin, await this.actions.learning(this.http.ctx(req), p), p.formToken, '동의를 철회했습니다.'),
      );
    });
  }

  @Get('requests')
  @Public()
  requests(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) =>
      this.http.send(reply, 200, requestsPage(this.http.origin, await this.actions.requests(p), p.formToken)),
    );
  }

  @Post('requests')
  @Public()
  request(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      const f = formFields(req);
      try {
        const n = await this.actions.request(this.http.ctx(req), p, f.get('kind') ?? '', f.get('detail') ?? '');
        const notice = `${n}번으로 접수했습니다. 기관들이 10일 안에 답합니다.`;
        return this.http.send(reply, 200, requestsPage(this.http.origin, await this.actions.requests(p), p.formToken, undefined, notice));
      } catch (e) {
        if (e instanceof AppError && e.code === 'PRIVACY_REQUEST_DETAIL_REQUIRED')
          return this.http.send(reply, 400, requestsPage(this.http.origin, await this.actions.requests(p), p.formToken, e.messageIn('ko')));
        throw e;
      }
    });
  }

  @Get('export.json')
  @Public()
  exportJson(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) =>
      this.http.send(
        reply.header('content-disposition', 'attachment; filename="my-data.json"'),
        200,
        JSON.stringify(await this.actions.exportData(this.http.ctx(req), p), null, 2),
        'application/json; charset=utf-8',
      ),
    );
  }

  @Get('export.pdf')
  @Public()
  exportPdf(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => this.pdf(reply, await this.actions.exportPdf(this.http.ctx(req), p), 'my-data.pdf'));
  }

  @Get('history.pdf')
  @Public()
  history(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) =>
      this.pdf(reply, await this.actions.historyPdf(this.http.ctx(req), p), 'learning-history.pdf'),
    );
  }

  @Get('certificates/:file')
  @Public()
  certificate(@Param('file') file: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      const pdf = await this.actions.certificatePdf(this.http.ctx(req), p, file.replace(/\.pdf$/, ''), this.http.origin);
      return this.pdf(reply, pdf, `certificate-${file.replace(/[^A-Za-z0-9.]/g, '').slice(0, 24)}`);
    });
  }

  private pdf(reply: FastifyReply, body: Buffer | null, name: string) {
    if (!body)
      return this.http.send(
        reply,
        404,
        messagePage(this.http.origin, '찾을 수 없습니다', new AppError('CITIZEN_ITEM_NOT_FOUND').messageIn('ko')),
      );
    // Inline: a phone opens it in its viewer, from which it prints or saves.
    reply.header('content-disposition', `inline; filename="${name}"`);
    return this.http.send(reply, 200, body, 'application/pdf');
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
      return this.http.send(
        reply,
        400,
        messagePage(this.http.origin, '출석할 수 없습니다', new AppError('CHECK_IN_CODE_EXPIRED').messageIn('ko')),
      );
    const path = `/my/check-in/${sessionId}?k=${ticket}`;
    const person = await this.sessions.person(req.cookies?.[CITIZEN_COOKIE]);
    if (!person) return reply.redirect(`/my/sign-in?next=${encodeURIComponent(path)}`, 303);
    try {
      const s = await this.actions.checkInTarget(sessionId);
      return this.http.send(reply, 200, checkInPage(this.http.origin, path, s.title, s.startsAt, person.formToken));
    } catch (e) {
      return this.http.refusal(reply, e);
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
    return this.http.signedIn(req, reply, async (p) => {
      if (!this.actions.ticketFor(sessionId, null, k ?? null)) throw new AppError('CHECK_IN_CODE_EXPIRED');
      const r = await this.actions.checkIn(this.http.ctx(req), p, sessionId);
      if ('mentorMinutes' in r) return this.http.send(reply, 200, mentorLoggedPage(this.http.origin, r.title, r.mentorMinutes, r.already));
      return this.http.send(reply, 200, checkedInPage(this.http.origin, r.programmeTitle, r.status, r.already));
    });
  }
}
