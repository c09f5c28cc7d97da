import type { ApiModule } from '../../core/module';
import { KpisModule } from './kpis.module';
import { KpiMilestone, KpiTarget } from './kpi.entity';
import { KPIS_ERRORS } from './kpis.errors';
import { KpiResolver } from './kpis.resolver';
import { seedKpis } from './kpis.seed';
import { MIGRATIONS } from './migrations';

/** Outcomes: the KPI dictionary, targets and milestones, actuals from the roll-ups, dashboards and the public progress page. */
export const kpis: ApiModule = {
  name: 'kpis',
  readModel: true,
  reads: [
    'activity',
    'activity_participant',
    'budget_line',
    'enrolment',
    'expenditure',
    'follow_up',
    'funding_stream',
    'mentor',
    'mentor_assignment',
    'mentor_credential',
    'organization',
    'outcome',
    'programme',
    'referral',
    'stream_field',
    'stream_member',
    'survey',
  ],
  nest: KpisModule,
  entities: [KpiTarget, KpiMilestone],
  resolvers: [KpiResolver],
  errors: KPIS_ERRORS,
  migrations: MIGRATIONS,
  quietTables: ['kpi_cell', 'kpi_person', 'kpi_dim', 'kpi_dim_delta'], // roll-ups: their sources signal
  seed: seedKpis,
};

export { KpisModule };
export { KpiService } from './kpi.service';
export { periodOf } from './kpi.types';
export { addSheets, figureTable, type ExportTable } from './kpi-export.service';
