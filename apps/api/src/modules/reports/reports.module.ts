import { Module } from '@nestjs/common';
import { AuthModule } from '../auth';
import { DocumentsModule } from '../documents';
import { FundingModule } from '../funding';
import { KpisModule } from '../kpis';
import { ReportResolver } from './reports.resolver';
import { ReportService } from './report.service';
import { ReportYearHandler } from './report-year.handler';

@Module({
  imports: [AuthModule, DocumentsModule, FundingModule, KpisModule],
  providers: [ReportService, ReportResolver, ReportYearHandler],
})
export class ReportsModule {}
