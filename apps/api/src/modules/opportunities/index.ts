import type { ApiModule } from '../../core/module';
import { OpportunitiesModule } from './opportunities.module';
import { Opening } from './opening.entity';
import { OpeningResolver } from './opportunities.resolver';
import { OPPORTUNITIES_ERRORS } from './opportunities.errors';
import { seedOpportunities } from './opportunities.seed';
import { MIGRATIONS } from './migrations';

/** Link: openings from company and university partners, tied to Learn programmes and skills; applicants come by referral. */
export const opportunities: ApiModule = {
  name: 'opportunities',
  reads: ['organization', 'programme'], // to move behind their owners' services
  nest: OpportunitiesModule,
  entities: [Opening],
  resolvers: [OpeningResolver],
  errors: OPPORTUNITIES_ERRORS,
  migrations: MIGRATIONS,
  seed: seedOpportunities,
};

export { OpportunitiesModule, Opening };
export { OpeningService } from './opening.service';
export { OPENING_ACCESS } from './opening.access';
