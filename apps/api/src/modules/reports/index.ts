import type { ApiModule } from '../../core/module';
import { ReportsModule } from './reports.module';
import { ReportRun } from './report-run.entity';
import { REPORTS_ERRORS } from './reports.errors';
import { ReportResolver } from './reports.resolver';
import { MIGRATIONS } from './migrations';

/** The Ministry result report and the national statistics export of a stream's year: generated in the background, kept as documents. */
export const reports: ApiModule = {
  name: 'reports',
  readModel: true,
  reads: ['instructor', 'kpi_cell', 'organization', 'outcome', 'programme', 'programme_session', 'stream_member', 'survey'],
  nest: ReportsModule,
  entities: [ReportRun],
  resolvers: [ReportResolver],
  errors: REPORTS_ERRORS,
  migrations: MIGRATIONS,
};

export { ReportService } from './report.service';
export { reportPdf, type ReportContent } from './report-content';
