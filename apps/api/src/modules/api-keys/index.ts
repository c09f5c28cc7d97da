import type { ApiModule } from '../../core/module';
import { ApiKeysModule } from './api-keys.module';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-keys.resolver';
import { API_KEYS_ERRORS } from './api-keys.errors';
import { MIGRATIONS } from './migrations';

/** Machine credentials: an organization's API keys (Authorization: Bearer on /graphql), hashed, scoped, expiring, audited. */
export const apiKeys: ApiModule = {
  name: 'api-keys',
  nest: ApiKeysModule,
  entities: [ApiKey],
  resolvers: [ApiKeyResolver],
  errors: API_KEYS_ERRORS,
  migrations: MIGRATIONS,
  quietTables: ['api_key'], // looked up on every request; a key's changes reach no cached answer
};
