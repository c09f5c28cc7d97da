import { Documents1796280000000 } from './1796280000000-Documents';
import { DocumentQuota1796430000000 } from './1796430000000-DocumentQuota';

/** The documents module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [Documents1796280000000, DocumentQuota1796430000000];
