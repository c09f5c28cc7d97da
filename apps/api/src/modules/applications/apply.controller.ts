import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permission.decorator';
import { APP_CONFIG, type AppConfig } from '../../core/config';
import { RequestContext } from '../../core/context/request-context';
import { AppError } from '../../core/errors/app-error';
import { ApplyService } from './apply.service';
import { Confirmations } from './confirmations';
import { readApplyForm } from './apply-form';
import { formFields } from '../../core/http/form-fields';
import { cancelPage, codePage, formPage, messagePage, statusPage } from './apply-pages';

/**
 * The public door's application pages (`/apply/…`): a form and a code, then the applicant's own page. HTML without
 * script, never cached; a refusal is a page that says why (400, 404, 409, 429), never a server error.
 */
@Controller('apply')
export class ApplyController {
  constructor(
    private readonly apply: ApplyService,
    private readonly confirmations: Confirmations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private send(reply: FastifyReply, status: number, html: string) {
    return reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }

  private programmeMissing(reply: FastifyReply) {
    return this.send(
      reply,
      404,
      messagePage(this.config.publicUrl, '찾으시는 강좌가 없습니다', '모집이 끝났거나 주소가 바뀌었을 수 있습니다.'),
    );
  }

  private linkMissing(reply: FastifyReply) {
    return this.send(reply, 404, messagePage(this.config.publicUrl, '신청을 찾을 수 없습니다', '받으신 문자의 주소를 그대로 열어 주세요.'));
  }

  private refusal(reply: FastifyReply, err: unknown) {
    if (!(err instanceof AppError)) throw err;
    const status =
      err.code === 'TOO_MANY_REQUESTS'
        ? 429
        : err.code === 'APPLICATION_NOT_FOUND'
          ? 404
          : err.code === 'ALREADY_APPLIED' || err.code === 'APPLICATION_LIMIT_REACHED'
            ? 409
            : 400;
    return this.send(reply, status, messagePage(this.config.publicUrl, '신청할 수 없습니다', err.messageIn('ko')));
  }

  private ctx(req: FastifyRequest) {
    return new RequestContext(String(req.id), 'ko', null, req.ip, String(req.headers['user-agent'] ?? '').slice(0, 300) || null, req);
  }

  @Get('status/:token')
  @Public()
  async status(@Param('token') token: string, @Res() reply: FastifyReply) {
    const v = await this.apply.view(token);
    if (!v) return this.linkMissing(reply);
    return this.send(reply, 200, statusPage(v, this.config.publicUrl, token, false));
  }

  @Get('status/:token/cancel')
  @Public()
  async cancelForm(@Param('token') token: string, @Res() reply: FastifyReply) {
    const v = await this.apply.view(token);
    if (!v) return this.linkMissing(reply);
    return this.send(reply, 200, cancelPage(v, this.config.publicUrl, token));
  }

  @Post('status/:token/cancel')
  @Public()
  async cancel(@Param('token') token: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    try {
      return this.send(reply, 200, statusPage(await this.apply.cancel(this.ctx(req), token), this.config.publicUrl, token, false));
    } catch (e) {
      return this.refusal(reply, e);
    }
  }

  @Get(':programmeId')
  @Public()
  async form(@Param('programmeId') programmeId: string, @Res() reply: FastifyReply) {
    const t = await this.apply.target(programmeId);
    if (!t) return this.programmeMissing(reply);
    if (!t.open)
      return this.send(
        reply,
        200,
        messagePage(this.config.publicUrl, '지금은 신청할 수 없습니다', '신청 기간이 아니거나 모집이 끝났습니다.', `/catalogue/${t.id}`),
      );
    const hash = t.selection === 'LOTTERY' ? (await this.apply.drawInfo(t.id)).seedHash : null;
    return this.send(reply, 200, formPage(t, this.config.publicUrl, null, {}, hash));
  }

  @Post(':programmeId')
  @Public()
  async requestCode(@Param('programmeId') programmeId: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const t = await this.apply.target(programmeId);
    if (!t) return this.programmeMissing(reply);
    const f = readApplyForm(formFields(req));
    try {
      const step = await this.apply.requestCode(this.ctx(req), t, f);
      if (step.kind === 'form') {
        const hash = t.selection === 'LOTTERY' ? (await this.apply.drawInfo(t.id)).seedHash : null;
        return this.send(reply, 400, formPage(t, this.config.publicUrl, f, step.errors, hash));
      }
      return this.send(reply, 200, codePage(t, this.config.publicUrl, step.draftId));
    } catch (e) {
      return this.refusal(reply, e);
    }
  }

  @Post(':programmeId/confirm')
  @Public()
  async confirm(@Param('programmeId') programmeId: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const t = await this.apply.target(programmeId);
    if (!t) return this.programmeMissing(reply);
    const b = formFields(req);
    const draftId = b.get('draft') ?? '';
    const code = (b.get('code') ?? '').replace(/\s/g, '');
    try {
      const { token, view } = await this.confirmations.confirm(this.ctx(req), t, draftId, code);
      return this.send(reply, 200, statusPage(view, this.config.publicUrl, token, true));
    } catch (e) {
      if (e instanceof AppError && e.code === 'APPLICATION_CODE_INVALID')
        return this.send(reply, 400, codePage(t, this.config.publicUrl, draftId, e.messageIn('ko')));
      return this.refusal(reply, e);
    }
  }
}
