import type { ApiModule } from '../../core/module';
import { OpeningsModule } from './openings.module';
import { Opening } from './opening.entity';
import { OpeningResolver } from './openings.resolver';
import { OPENINGS_ERRORS } from './openings.errors';
import { seedOpenings } from './openings.seed';
import { MIGRATIONS } from './migrations';

/** Link: openings from company and university partners, tied to Learn programmes and skills; applicants come by referral. */
export const openings: ApiModule = {
  name: 'openings',
  nest: OpeningsModule,
  entities: [Opening],
  resolvers: [OpeningResolver],
  errors: OPENINGS_ERRORS,
  migrations: MIGRATIONS,
  seed: seedOpenings,
};

export { OpeningsModule, Opening };
export { OpeningService } from './opening.service';
export { OPENING_ACCESS } from './opening.access';
