import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../../core/auth/permission.decorator';
import { APP_CONFIG } from '../../core/config';
import type { AppConfig } from '../../core/config';
import { notFoundPage } from '../catalogue';
import { PrivacyPolicyService } from './privacy-policy.service';
import { policyPage } from './privacy-policy.page';

/** The public privacy policy (`/privacy`) and every earlier version (`/privacy/versions/<n>`). */
@Controller()
export class PrivacyPolicyController {
  constructor(
    private readonly policy: PrivacyPolicyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('privacy')
  @Public()
  current(@Res() reply: FastifyReply) {
    return this.render(reply, undefined);
  }

  @Get('privacy/versions/:n')
  @Public()
  earlier(@Param('n') n: string, @Res() reply: FastifyReply) {
    return this.render(reply, /^\d{1,6}$/.test(n) ? Number(n) : -1);
  }

  private async render(reply: FastifyReply, n: number | undefined) {
    const [v, latest, recipients, officers, versions] = await Promise.all([
      n === -1 ? null : this.policy.version(n),
      this.policy.version(),
      this.policy.recipients(),
      this.policy.officers(),
      this.policy.versions(),
    ]);
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache');
    if (!v) return reply.code(404).send(notFoundPage(this.config.publicUrl));
    return reply.send(policyPage(v, { recipients, officers, versions }, this.config.publicUrl, v.version === latest?.version));
  }
}
