/** Outcomes: the KPI dictionary's codes and labels, survey items, and the small-cell rule shared by the API and the portal. */

/** Every figure the streams are judged on; one code, one definition (the API's `kpis/kpi-dictionary.ts` holds the query). */
export const KPI_CODES = [
  'PARTICIPANTS',
  'ENROLMENTS',
  'PROGRAMMES_RUN',
  'FIELDS_COVERED',
  'COMPLETIONS',
  'COMPLETION_RATE',
  'LEARNING_HOURS',
  'MENTORS_TRAINED',
  'MENTORS_DEPLOYED',
  'MENTOR_HOURS',
  'REFERRALS_MADE',
  'REFERRALS_ENGAGED',
  'EMPLOYMENT_OUTCOMES',
  'STARTUP_OUTCOMES',
  'FOLLOW_UP_ANSWER_RATE',
  'SATISFACTION',
  'BUDGET_EXECUTION_RATE',
  'GENERATION_MIX',
  'CHALLENGE_PARTICIPANTS',
] as const;
export type KpiCode = (typeof KPI_CODES)[number];

export const KPI_UNITS = ['PEOPLE', 'COUNT', 'HOURS', 'PERCENT', 'SCORE', 'INDEX'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];
export const KPI_UNIT_LABELS: Readonly<Record<KpiUnit, { ko: string; en: string }>> = {
  PEOPLE: { ko: '명', en: 'people' },
  COUNT: { ko: '건', en: '' },
  HOURS: { ko: '시간', en: 'h' },
  PERCENT: { ko: '%', en: '%' },
  SCORE: { ko: '점', en: 'points' },
  INDEX: { ko: '점', en: 'points' },
};

/** Dimensions a dashboard breaks a figure down by. */
export const KPI_DIMENSIONS = ['ORGANIZATION', 'PILLAR', 'DOMAIN', 'FIELD', 'MONTH', 'AGE_BAND', 'GENDER', 'DISTRICT'] as const;
export type KpiDimension = (typeof KPI_DIMENSIONS)[number];
export const KPI_DIMENSION_LABELS: Readonly<Record<KpiDimension, { ko: string; en: string }>> = {
  ORGANIZATION: { ko: '기관별', en: 'By organization' },
  PILLAR: { ko: '영역별(학습·연결·실천)', en: 'By pillar' },
  DOMAIN: { ko: '평생교육 6대 영역별', en: 'By statutory domain' },
  FIELD: { ko: '분야별', en: 'By field' },
  MONTH: { ko: '월별', en: 'By month' },
  AGE_BAND: { ko: '연령대별', en: 'By age band' },
  GENDER: { ko: '성별', en: 'By gender' },
  DISTRICT: { ko: '거주 구·군별', en: 'By district of residence' },
};

/** Cells counting fewer people than this are suppressed wherever the figures leave the organization that holds the records. */
export const SMALL_CELL_MIN = 5;

/** The usual Korean 5-point satisfaction items (1 매우 불만족 … 5 매우 만족), in the order answers are stored. */
/** Survey answers join the results (and the KPI's counters) this many at a time, or all at close: none can be tied to whoever just answered. */
export const SURVEY_PUBLISH_BATCH = 5;

export const SURVEY_ITEMS = ['OVERALL', 'CONTENT', 'INSTRUCTOR', 'ENVIRONMENT', 'RECOMMEND'] as const;
export type SurveyItem = (typeof SURVEY_ITEMS)[number];
export const SURVEY_ITEM_LABELS: Readonly<Record<SurveyItem, { ko: string; en: string }>> = {
  OVERALL: { ko: '전반적으로 이 프로그램에 만족하십니까?', en: 'Overall, how satisfied are you with this programme?' },
  CONTENT: { ko: '교육 내용이 유익했습니까?', en: 'Was the content useful?' },
  INSTRUCTOR: { ko: '강사의 강의에 만족하십니까?', en: 'Were you satisfied with the instructor?' },
  ENVIRONMENT: { ko: '교육 장소·운영(시간, 안내)에 만족하십니까?', en: 'Were you satisfied with the venue and organisation?' },
  RECOMMEND: { ko: '다른 분께 이 프로그램을 추천하시겠습니까?', en: 'Would you recommend it to others?' },
};
export const SURVEY_SCALE_LABELS: ReadonlyArray<{ ko: string; en: string }> = [
  { ko: '매우 불만족', en: 'Very dissatisfied' },
  { ko: '불만족', en: 'Dissatisfied' },
  { ko: '보통', en: 'Neutral' },
  { ko: '만족', en: 'Satisfied' },
  { ko: '매우 만족', en: 'Very satisfied' },
];
export const SURVEY_CHANNELS = ['ONLINE', 'PAPER'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

export const REPORT_KINDS = ['RESULT', 'NATIONAL_STATISTICS'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, { ko: string; en: string }>> = {
  RESULT: { ko: '교육부 결과보고서', en: 'Ministry result report' },
  NATIONAL_STATISTICS: { ko: '평생교육 통계 제출자료', en: 'National lifelong-education statistics' },
};
export const REPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A column of a table as shown: each cell's value or null (suppressed), and its total or null. */
export interface SuppressedColumn {
  cells: Array<number | null>;
  total: number | null;
}

/**
 * Small-cell suppression of one column of counts whose cells add up to its total. Primary: every cell of 1–4 people.
 * Complementary: while what is hidden could still be worked out by subtraction from the total — a single hidden cell,
 * or hidden cells that can only all be 1 — the smallest shown non-zero cell is hidden too; when none is left, the
 * total goes (as it does when it is itself 1–4). Zeros are shown: nobody is nobody.
 */
export function suppressColumn(values: readonly number[], min = SMALL_CELL_MIN): SuppressedColumn {
  const total = values.reduce((a, b) => a + b, 0);
  if (total > 0 && total < min) return { cells: values.map((v) => (v === 0 ? 0 : null)), total: null };
  const hidden = new Set(values.flatMap((v, i) => (v > 0 && v < min ? [i] : [])));
  const pinned = () => {
    if (hidden.size === 0) return false;
    const sum = [...hidden].reduce((a, i) => a + (values[i] ?? 0), 0);
    return hidden.size === 1 || sum === hidden.size;
  };
  let totalShown = true;
  while (pinned()) {
    let next = -1;
    values.forEach((v, i) => {
      if (v > 0 && !hidden.has(i) && (next < 0 || v < (values[next] ?? 0))) next = i;
    });
    if (next < 0) {
      totalShown = false;
      break;
    }
    hidden.add(next);
  }
  return { cells: values.map((v, i) => (hidden.has(i) ? null : v)), total: totalShown ? total : null };
}

/**
 * suppressColumn for a viewer that may itself hold records in the cells (`own`): a cell is hidden when it counts 1–4
 * people, or when the others' part of it (value − own) does — so a viewer that pads a cell past the threshold with
 * records of its own learns nothing more about the others in it. Complementary cells are then hidden, as in
 * suppressColumn, until the others' hidden part cannot be worked out by subtraction (the viewer knows its own share).
 */
export function suppressColumnExcept(values: readonly number[], own: readonly number[], min = SMALL_CELL_MIN): SuppressedColumn {
  const others = values.map((v, i) => Math.max(0, v - (own[i] ?? 0)));
  const total = values.reduce((a, b) => a + b, 0);
  const othersTotal = others.reduce((a, b) => a + b, 0);
  const small = (n: number) => n > 0 && n < min;
  if (small(total) || small(othersTotal))
    return { cells: values.map((v, i) => (v === 0 || (others[i] === 0 && !small(v)) ? v : null)), total: null };
  const hidden = new Set(values.flatMap((v, i) => (small(v) || small(others[i]!) ? [i] : [])));
  const withOthers = () => [...hidden].filter((i) => others[i]! > 0).length;
  // Pinned down: a lone hidden cell, hidden cells that can only all be 1, or a lone hidden cell holding others' records.
  const pinned = () => {
    if (hidden.size === 0) return false;
    const sum = [...hidden].reduce((a, i) => a + values[i]!, 0);
    return hidden.size === 1 || sum === hidden.size || withOthers() === 1;
  };
  let totalShown = true;
  while (pinned()) {
    const needOthers = withOthers() === 1;
    let next = -1;
    values.forEach((v, i) => {
      if (v > 0 && !hidden.has(i) && (!needOthers || others[i]! > 0) && (next < 0 || v < values[next]!)) next = i;
    });
    if (next < 0) {
      totalShown = false;
      break;
    }
    hidden.add(next);
  }
  return { cells: values.map((v, i) => (hidden.has(i) ? null : v)), total: totalShown ? total : null };
}
