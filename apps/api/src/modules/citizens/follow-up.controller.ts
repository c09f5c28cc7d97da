import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EMPLOYMENT_TYPE_LABELS, EMPLOYMENT_TYPES, type EmploymentType } from '@lalaland/shared';
import { Public } from '../../core/auth/permission.decorator';
import { AppError } from '../../core/errors/app-error';
import { esc } from '../catalogue';
import { FollowUpAnswers, type FollowUpQuestion } from '../outcomes';
import { MyHttp } from './my-http';
import { formFields } from '../../core/http/form-fields';
import { messagePage, myPage } from './my-pages';

const check = (name: string, label: string, hint?: string) =>
  `<label class="check"><input type="checkbox" name="${name}" value="yes"> ${esc(label)}</label>${hint ? `<p class="hint">${esc(hint)}</p>` : ''}`;

function questionPage(origin: string, token: string, q: FollowUpQuestion): string {
  const types = EMPLOYMENT_TYPES.map((t) => `<option value="${t}">${esc(EMPLOYMENT_TYPE_LABELS[t].ko)}</option>`).join('');
  return myPage(
    '수료 뒤 소식',
    origin,
    `/my/follow-up/${token}`,
    `<h1>${esc(q.title)} 수료 ${q.months}개월</h1><p>${esc(q.host)}에서 여쭙니다. 해당하는 것을 모두 골라 주세요. 답은 이 기관만 보고, 사업 성과를 셀 때 이름 없이 쓰입니다.</p>
<form method="post" action="/my/follow-up/${esc(token)}" novalidate><fieldset><legend>요즘 어떻게 지내세요?</legend>
${check('working', '일하고 있습니다 (취업)')}<div class="field"><label for="employmentType">일하는 형태 (일하는 경우)</label><select id="employmentType" name="employmentType"><option value="">고르세요</option>${types}</select></div>
${check('business', '창업했습니다')}${check('study', '더 배우고 있습니다 (진학·다른 강좌)')}</fieldset>
<p class="hint">해당하는 것이 없으면 아무것도 고르지 않고 보내 주세요.</p><button type="submit">보내기</button></form>`,
  );
}

/**
 * The short form a follow-up's text links to (`/my/follow-up/<token>`): no sign-in (the link is the key), three
 * questions, one button; the answer becomes SELF_REPORTED outcomes the holding organization can verify.
 */
@Controller('my/follow-up')
export class FollowUpController {
  constructor(
    private readonly answers: FollowUpAnswers,
    private readonly http: MyHttp,
  ) {}

  private missing(reply: FastifyReply) {
    return this.http.send(reply, 404, messagePage(this.http.origin, '찾을 수 없습니다', '받으신 문자의 주소를 그대로 열어 주세요.'));
  }

  @Get(':token')
  @Public()
  async form(@Param('token') token: string, @Res() reply: FastifyReply) {
    const q = await this.answers.question(token);
    if (!q) return this.missing(reply);
    if (q.answered)
      return this.http.send(
        reply,
        200,
        messagePage(this.http.origin, '이미 답해 주셨습니다', '고맙습니다. 바뀐 것이 있으면 기관에 알려 주세요.', 'ok'),
      );
    return this.http.send(reply, 200, questionPage(this.http.origin, token, q));
  }

  @Post(':token')
  @Public()
  async answer(@Param('token') token: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    const f = formFields(req);
    const type = f.get('employmentType') ?? '';
    const ctx = this.http.ctx(req);
    try {
      await this.answers.answer(ctx, token, {
        working: f.get('working') === 'yes',
        employmentType: (EMPLOYMENT_TYPES as readonly string[]).includes(type) ? (type as EmploymentType) : null,
        startedBusiness: f.get('business') === 'yes',
        furtherStudy: f.get('study') === 'yes',
      });
      return this.http.send(
        reply,
        200,
        messagePage(this.http.origin, '답해 주셔서 고맙습니다', '기관에 전달했습니다. 필요하면 기관에서 연락드릴 수 있습니다.', 'ok'),
      );
    } catch (e) {
      if (e instanceof AppError && e.code === 'FOLLOW_UP_NOT_FOUND') return this.missing(reply);
      if (e instanceof AppError && e.code === 'FOLLOW_UP_CLOSED')
        return this.http.send(
          reply,
          409,
          messagePage(this.http.origin, '이미 답해 주셨습니다', '고맙습니다. 바뀐 것이 있으면 기관에 알려 주세요.'),
        );
      throw e;
    }
  }
}
