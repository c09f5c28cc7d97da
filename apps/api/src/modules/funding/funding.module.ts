import { FundingSqlReads } from './funding.sql-reads';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations';
import { FundingService } from './funding.service';
import { StreamYearService } from './stream-year.service';
import { BudgetService } from './budget.service';
import { ExpenditureDecisionService } from './expenditure-decision.service';
import { BudgetExportService } from './budget-export.service';
import { BudgetExportController } from './budget-export.controller';
import { StreamClosingResolver } from './stream-closing.resolver';
import { StreamClosingService } from './stream-closing.service';
import {
  BudgetLineResolver,
  ExpenditureResolver,
  FundingCategoryResolver,
  FundingStreamResolver,
  OrganizationTotalsResolver,
  StreamMemberResolver,
  ViewerStreamsResolver,
} from './funding.resolver';

@Module({
  imports: [OrganizationsModule],
  providers: [
    FundingService,
    FundingSqlReads,
    StreamYearService,
    BudgetService,
    ExpenditureDecisionService,
    BudgetExportService,
    FundingStreamResolver,
    FundingCategoryResolver,
    StreamMemberResolver,
    OrganizationTotalsResolver,
    BudgetLineResolver,
    ExpenditureResolver,
    ViewerStreamsResolver,
    StreamClosingResolver,
    StreamClosingService,
  ],
  controllers: [BudgetExportController],
  exports: [FundingService, BudgetService, StreamClosingService],
})
export class FundingModule {}
