import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { BudgetExportService } from './budget-export.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@Controller('exports')
export class BudgetExportController {
  constructor(private readonly exporter: BudgetExportService) {}

  /** The budget status of a stream as XLSX (session cookie; the same visibility as the budgetSummary field). */
  @Get('funding-streams/:id/budget.xlsx')
  @RequirePermission(Permission.FundingRead)
  async budget(@Ctx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply) {
    const { filename, body } = await this.exporter.budgetWorkbook(ctx, id);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }
}
