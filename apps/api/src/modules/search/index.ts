import type { ApiModule } from '../../core/module';
import { SearchModule } from './search.module';
import { SearchResolver } from './search.resolver';
import { MIGRATIONS } from './migrations';

/** Search across the coordination records the caller may see (announcements, tasks, meetings, document names). */
export const search: ApiModule = {
  name: 'search',
  readModel: true,
  reads: ['announcement', 'document', 'meeting', 'programme', 'task'],
  nest: SearchModule,
  entities: [],
  resolvers: [SearchResolver],
  errors: {},
  migrations: MIGRATIONS,
};
