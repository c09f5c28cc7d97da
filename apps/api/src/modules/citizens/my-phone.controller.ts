import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permission.decorator';
import { AppError } from '../../core/errors/app-error';
import { esc } from '../catalogue';
import { CitizenSessions } from './citizen-sessions';
import { MyHttp } from './my-http';
import { formFields } from '../../core/http/form-fields';
import { hidden, myPage } from './my-pages';

function phonePage(origin: string, token: string, error?: string): string {
  return myPage(
    '휴대전화 번호 바꾸기',
    origin,
    '/my/phone',
    `<p><a href="/my">← 내 학습</a></p><h1>휴대전화 번호 바꾸기</h1><p>새 번호로 인증번호를 보내 확인한 뒤, 나를 가진 모든 기관의 기록에 새 번호가 적힙니다.</p>
<form method="post" action="/my/phone" novalidate>${hidden(token)}<div class="field"><label for="phone">새 휴대전화 번호</label><input id="phone" name="phone" type="tel" inputmode="numeric" autocomplete="tel" maxlength="13" placeholder="010-1234-5678"${
      error ? ' aria-invalid="true" aria-describedby="phone-error"' : ''
    }>${error ? `<p id="phone-error" class="error">${esc(error)}</p>` : ''}</div><button type="submit">새 번호로 인증번호 받기</button></form>`,
  );
}

function phoneCodePage(origin: string, token: string, id: string, error?: string): string {
  return myPage(
    '새 번호 확인',
    origin,
    '/my/phone',
    `<h1>새 번호 확인</h1><p class="notice">새 번호로 1분 안에 6자리 인증번호가 문자로 갑니다.</p>
<form method="post" action="/my/phone/confirm" novalidate>${hidden(token)}<input type="hidden" name="id" value="${esc(id)}">
<div class="field"><label for="code">인증번호 (6자리)</label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6"${
      error ? ' aria-invalid="true" aria-describedby="code-error"' : ''
    }>${error ? `<p id="code-error" class="error">${esc(error)}</p>` : ''}</div><button type="submit">번호 바꾸기</button></form>`,
  );
}

/** The person changes their number from their space, confirmed by a code to the new number. */
@Controller('my/phone')
export class MyPhoneController {
  constructor(
    private readonly sessions: CitizenSessions,
    private readonly http: MyHttp,
  ) {}

  @Get()
  @Public()
  form(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => this.http.send(reply, 200, phonePage(this.http.origin, p.formToken)));
  }

  @Post()
  @Public()
  request(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      try {
        const id = await this.sessions.requestPhoneChange(this.http.ctx(req), p, formFields(req).get('phone') ?? '');
        return this.http.send(reply, 200, phoneCodePage(this.http.origin, p.formToken, id));
      } catch (e) {
        if (e instanceof AppError && (e.code === 'CITIZEN_PHONE_INVALID' || e.code === 'CITIZEN_PHONE_SAME'))
          return this.http.send(reply, 400, phonePage(this.http.origin, p.formToken, e.messageIn('ko')));
        throw e;
      }
    });
  }

  @Post('confirm')
  @Public()
  confirm(@Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return this.http.signedIn(req, reply, async (p) => {
      const f = formFields(req);
      const id = f.get('id') ?? '';
      try {
        await this.sessions.confirmPhoneChange(this.http.ctx(req), p, id, (f.get('code') ?? '').replace(/\s/g, ''));
        return reply.redirect('/my?changed=phone', 303);
      } catch (e) {
        if (e instanceof AppError && e.code === 'CITIZEN_CODE_INVALID')
          return this.http.send(reply, 400, phoneCodePage(this.http.origin, p.formToken, id, e.messageIn('ko')));
        throw e;
      }
    });
  }
}
