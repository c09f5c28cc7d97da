import { KnownDevices1796410000000 } from './1796410000000-KnownDevices';
import { SecondFactor1796481300000 } from './1796481300000-SecondFactor';

/** The auth module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [KnownDevices1796410000000, SecondFactor1796481300000];
