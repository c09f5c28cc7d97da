import { Module } from '@nestjs/common';
import { FundingModule } from '../funding';
import { KpiExportController } from './kpi-export.controller';
import { KpiExportService } from './kpi-export.service';
import { KpiResolver } from './kpis.resolver';
import { KpiService } from './kpi.service';
import { KpiBreakdowns } from './kpi-breakdowns';
import { KpiTargetService } from './kpi-targets.service';
import { KpiYearHandler } from './kpi-year.handler';

@Module({
  imports: [FundingModule],
  providers: [KpiService, KpiBreakdowns, KpiTargetService, KpiExportService, KpiResolver, KpiYearHandler],
  controllers: [KpiExportController],
  exports: [KpiService],
})
export class KpisModule {}
