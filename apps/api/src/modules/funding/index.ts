import type { ApiModule } from '../../core/module';
import { seedFunding } from './funding.seed';
import { FundingModule } from './funding.module';
import { FundingCategory, FundingProgramme } from './funding-programme.entity';
import { FundingStream, StreamMember } from './funding-stream.entity';
import { BudgetLine, Expenditure } from './budget-line.entity';
import {
  BudgetLineResolver,
  ExpenditureResolver,
  FundingCategoryResolver,
  FundingStreamResolver,
  OrganizationTotalsResolver,
  StreamMemberResolver,
  ViewerStreamsResolver,
} from './funding.resolver';
import { FUNDING_ERRORS } from './funding.errors';
import { StreamClosingResolver } from './stream-closing.resolver';
import { MIGRATIONS } from './migrations';

/** Funding streams, their member organizations, budget lines and expenditure approval. */
export const funding: ApiModule = {
  name: 'funding',
  nest: FundingModule,
  entities: [FundingProgramme, FundingCategory, FundingStream, StreamMember, BudgetLine, Expenditure],
  resolvers: [
    FundingStreamResolver,
    FundingCategoryResolver,
    StreamMemberResolver,
    OrganizationTotalsResolver,
    BudgetLineResolver,
    ExpenditureResolver,
    ViewerStreamsResolver,
    StreamClosingResolver,
  ],
  errors: FUNDING_ERRORS,
  migrations: MIGRATIONS,
  uniqueConstraints: { budget_line_key: 'BUDGET_LINE_EXISTS', stream_member_stream_org_key: 'ALREADY_STREAM_MEMBER' },
  seed: seedFunding,
};

export { FundingModule, FundingStream, StreamMember };
export { FundingService, type StreamAccess } from './funding.service';
export { isMinistrySql, overseesSql, streamLeadSql, streamVisibleSql } from './funding.access';
export { decisionStands } from './expenditure-rows';
export type { FundingEvents } from './funding.events';
export { BudgetService } from './budget.service';
export { openNextYear, codeForYear, confirmCarried } from './stream-year.service';
export { SEED_FUNDING } from './demo-funding';
export { FUNDING_STREAMS, FUNDING_STREAM_COLUMNS, STREAM_MEMBERS, inStreamSql, shareStreamSql, countInStream } from './published';
export { StreamClosingService } from './stream-closing.service';
