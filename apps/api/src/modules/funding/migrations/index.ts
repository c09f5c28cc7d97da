import { Funding1795556911512 } from './1795556911512-Funding';
import { ExpenditureLineScope1796155368224 } from './1796155368224-ExpenditureLineScope';
import { StreamYearClose1796480800000 } from './1796480800000-StreamYearClose';
import { CarriedMembers1796481100000 } from './1796481100000-CarriedMembers';

/** The funding module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [
  Funding1795556911512,
  ExpenditureLineScope1796155368224,
  StreamYearClose1796480800000,
  CarriedMembers1796481100000,
];
