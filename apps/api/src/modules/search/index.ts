import type { ApiModule } from '../../core/module';
import { SearchModule } from './search.module';
import { SearchResolver } from './search.resolver';
import { MIGRATIONS } from './migrations';

/** Search over everything the caller may see, each module's records through its own access rule. */
export const search: ApiModule = {
  name: 'search',
  readModel: true,
  reads: [
    'activity',
    'announcement',
    'document',
    'meeting',
    'mentor',
    'opening',
    'organization',
    'participant',
    'programme',
    'referral',
    'task',
    'venue',
  ],
  nest: SearchModule,
  entities: [],
  resolvers: [SearchResolver],
  errors: {},
  migrations: MIGRATIONS,
};
