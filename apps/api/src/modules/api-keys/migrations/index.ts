import { ApiKeys1796390000000 } from './1796390000000-ApiKeys';
import { KpiPermissionNames1796470000000 } from './1796470000000-KpiPermissionNames';

/** The api-keys module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [ApiKeys1796390000000, KpiPermissionNames1796470000000];
