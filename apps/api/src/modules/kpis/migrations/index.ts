import { KpiRollups1796350000000 } from './1796350000000-KpiRollups';
import { KpiDimensions1796370000000 } from './1796370000000-KpiDimensions';
import { KpiHolderCells1796450000000 } from './1796450000000-KpiHolderCells';
import { KpiFrozen1796480900000 } from './1796480900000-KpiFrozen';

/** The kpis module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [KpiRollups1796350000000, KpiDimensions1796370000000, KpiHolderCells1796450000000, KpiFrozen1796480900000];
