import { ProvisionDetail1796400000000 } from './1796400000000-ProvisionDetail';
import { AccessLogKept1796481400000 } from './1796481400000-AccessLogKept';
import { Destruction1796481600000 } from './1796481600000-Destruction';
import { ParticipantListOrder1796482400000 } from './1796482400000-ParticipantListOrder';

/** The participants module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [
  ProvisionDetail1796400000000,
  AccessLogKept1796481400000,
  Destruction1796481600000,
  ParticipantListOrder1796482400000,
];
