import type { AgeBand, KpiCode, KpiDimension } from '@lalaland/shared';
import { AppError } from '../../core/errors/app-error';
import type { FundingStream } from '../funding';

export type DashboardKind = 'STREAM' | 'CONSORTIUM' | 'ORGANIZATION';

export interface DashboardArgs {
  kind: DashboardKind;
  streamId?: string | null;
  organizationId?: string | null;
  year?: number | null;
  quarter?: number | null;
}

/** What a caller's dashboard covers, decided once by the access rules. */
export interface FigureScope {
  kind: DashboardKind;
  streams: FundingStream[];
  organizationId: string | null;
  /** Small cells are hidden (the figures leave the organization that holds the records). */
  suppress: boolean;
  /** Rows per organization are shown (lead, ministry, platform admin). */
  byOrganization: boolean;
  /**
   * The viewing organization when figures are suppressed: what it contributed itself is taken out before deciding what
   * to hide (suppressColumnExcept), so padding a cell with its own records gives nothing away.
   */
  viewer: string | null;
  year: number;
  quarter: number;
  from: string;
  to: string;
}

/** A viewer's own share of the cells, by dimension and key ('TOTAL' / null for the whole): participants, enrolments, completions. */
export type OwnShare = Map<string, { participants: number; enrolments: number; completions: number }>;
export const ownKey = (dimension: string, key: string | null) => `${dimension}\u0000${key ?? ''}`;

export interface Figure {
  code: KpiCode;
  actual: number | null;
  suppressed: boolean;
  target: number | null;
  baseline: number | null;
  achievement: number | null;
}

export interface BreakdownRow {
  key: string;
  labelKo: string;
  labelEn: string;
  participants: number | null;
  enrolments: number | null;
  completions: number | null;
  learningHours: number | null;
}

export interface Breakdown {
  dimension: KpiDimension;
  rows: BreakdownRow[];
  total: BreakdownRow;
}

export interface MixRow {
  id: string;
  title: string;
  people: number | null;
  mixIndex: number | null;
}

export interface PairCell {
  mentorAgeBand: AgeBand;
  learnerAgeBand: AgeBand;
  pairs: number | null;
}

export interface Dashboard {
  scope: FigureScope;
  figures: Figure[];
  breakdowns: Breakdown[];
  /** One row per stream (the consortium's). */
  streamFigures: Array<{ stream: FundingStream; figures: Figure[] }>;
  programmeMix: MixRow[];
  activityMix: MixRow[];
  mentorPairs: PairCell[];
}

export interface PublicProgress {
  stream: { code: string; nameKo: string; nameEn: string; fiscalYear: number };
  year: number;
  asOf: string;
  commitments: Array<{
    code: KpiCode;
    nameKo: string;
    nameEn: string;
    unit: string;
    target: number | null;
    actual: number | null;
    suppressed: boolean;
    achievement: number | null;
  }>;
  milestones: Array<{ titleKo: string; titleEn: string | null; dueOn: string; doneOn: string | null }>;
}

/** The first day of a year (quarter 0) or quarter, and the day after it. */
export function periodOf(year: number, quarter: number): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 2020 || year > 2100 || !Number.isInteger(quarter) || quarter < 0 || quarter > 4)
    throw new AppError('KPI_PERIOD_INVALID');
  if (!quarter) return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const m = (quarter - 1) * 3 + 1;
  const to = quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(m + 3).padStart(2, '0')}-01`;
  return { from: `${year}-${String(m).padStart(2, '0')}-01`, to };
}

/**
 * Figures from records: the dictionary's expressions over the roll-ups (kept by triggers in the same transaction as
 * each enrolment and attendance mark) and the small tables; dashboards per stream, consortium and organization, with
 * small cells suppressed wherever the figures leave the organization that holds the records; targets, milestones and
 * the public progress page (cached per replica, dropped at every commit that changes a roll-up or a target).
 */
