import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { DestructionRegister } from './destruction-register';

@Controller()
export class DestructionRegisterController {
  constructor(private readonly register: DestructionRegister) {}

  /** The organization's destruction register as CSV (Excel reads its UTF-8 mark), for the privacy officer's files. */
  @Get('exports/destruction-register.csv')
  @RequirePermission(Permission.AuditRead)
  async csv(@Ctx() ctx: RequestContext, @Res() reply: FastifyReply) {
    const body = await this.register.csv(ctx);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="destruction-register.csv"; filename*=UTF-8''${encodeURIComponent('파기대장.csv')}`,
      )
      .header('cache-control', 'no-store')
      .send(body);
  }
}
