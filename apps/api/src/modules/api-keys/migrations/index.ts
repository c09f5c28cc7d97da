import { ApiKeys1796390000000 } from './1796390000000-ApiKeys';

/** The api-keys module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [ApiKeys1796390000000];
