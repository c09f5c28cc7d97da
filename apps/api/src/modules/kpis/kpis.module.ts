import { Module } from '@nestjs/common';
import { FundingModule } from '../funding';
import { KpiExportController } from './kpi-export.controller';
import { KpiExportService } from './kpi-export.service';
import { KpiResolver } from './kpis.resolver';
import { KpiService } from './kpi.service';

@Module({ imports: [FundingModule], providers: [KpiService, KpiExportService, KpiResolver], controllers: [KpiExportController], exports: [KpiService] })
export class KpisModule {}
