import type { KpiCode, KpiUnit } from '@lalaland/shared';

/**
 * The KPI dictionary: one definition per figure, in words and as the SQL that computes it. Every screen, export and
 * report reads figures through `KpiService`, which runs exactly these expressions, so a figure means the same
 * everywhere. Parameters of every expression: $1 the streams (uuid[]), $2 the first day of the period, $3 the day
 * after it, $4 one organization or NULL. `cells` is the roll-up sum over the period (see CELLS_SQL).
 */
export interface KpiDefinition {
  code: KpiCode;
  nameKo: string;
  nameEn: string;
  unit: KpiUnit;
  /** Higher is better (all of these are). */
  direction: 'UP' | 'DOWN';
  /** Counts people (suppressed under 5 when it leaves the organization that holds the records). */
  people: boolean;
  /** Computed from these counts: hidden whenever one of them is (a rate beside a hidden count would give it back). */
  derivedFrom?: readonly KpiCode[];
  definitionKo: string;
  definitionEn: string;
  /** The record types it counts. */
  records: string[];
  /** The date that places a record in a period. */
  periodDate: string;
  sql: string;
}

/** The programmes of the streams in scope (and of the organization when one is given). */
const PROGRAMMES = `p.stream_id = ANY($1) AND ($4::uuid IS NULL OR p.host_organization_id = $4)`;
/** Organizations in the streams in scope (or the one given). */
const MEMBERS = `(SELECT sm.organization_id FROM stream_member sm WHERE sm.stream_id = ANY($1) AND ($4::uuid IS NULL OR sm.organization_id = $4))`;
const inPeriod = (col: string) => `${col} >= $2::date AND ${col} < $3::date`;
const inPeriodTs = (col: string) =>
  `${col} >= ($2::date::timestamp AT TIME ZONE 'Asia/Seoul') AND ${col} < ($3::date::timestamp AT TIME ZONE 'Asia/Seoul')`;

/** The measures the roll-ups keep, summed (participations also by age band, for the generation mix). */
const MEASURES = [
  'participants',
  'participations',
  'results',
  'completions',
  'attended_minutes',
  'under_20',
  'age_20_39',
  'age_40_64',
  'age_65_plus',
] as const;
const ageSplit = (band: string) => `CASE WHEN c.age_band = '${band}' THEN c.participations ELSE 0 END`;

/**
 * The roll-ups over the period, one row, read by the cell-based figures: a stream's (or streams') totals from its
 * dimension roll-up (kpi_dim and its not yet folded deltas: a few rows a month), one organization's from its
 * programmes' cells (kpi_cell). Both are kept in the transaction of each change, so they always agree with a recount.
 */
export const CELLS_SQL = `SELECT ${MEASURES.map((m) => `COALESCE(sum(${m}), 0)::${m === 'attended_minutes' ? 'bigint' : 'int'} AS ${m}`).join(', ')}
  FROM (SELECT ${MEASURES.join(', ')} FROM kpi_dim WHERE $4::uuid IS NULL AND stream_id = ANY($1) AND dimension = 'MONTH' AND ${inPeriod('month')}
        UNION ALL
        SELECT ${MEASURES.join(', ')} FROM kpi_dim_delta WHERE $4::uuid IS NULL AND stream_id = ANY($1) AND dimension = 'MONTH' AND ${inPeriod('month')}
        UNION ALL
        SELECT c.participants, c.participations, c.results, c.completions, c.attended_minutes, ${ageSplit('UNDER_20')}, ${ageSplit('AGE_20_39')}, ${ageSplit('AGE_40_64')}, ${ageSplit('AGE_65_PLUS')}
          FROM kpi_cell c JOIN programme p ON p.id = c.programme_id
         WHERE $4::uuid IS NOT NULL AND ${PROGRAMMES} AND ${inPeriod('c.month')}) x`;

export const KPI_DICTIONARY: readonly KpiDefinition[] = [
  {
    code: 'PARTICIPANTS',
    nameKo: '참여자(실인원)',
    nameEn: 'Participants (unique people)',
    unit: 'PEOPLE',
    direction: 'UP',
    people: true,
    definitionKo: '사업·연도마다 한 사람을 한 번만 셉니다(수강 중·수료·미수료). 그 사람이 처음 참여한 과정의 기관·영역·월·연령대에 셉니다.',
    definitionEn:
      'Each person once per stream and year (enrolled, completed or not completed), counted with the organization, pillar, month and age band of their first participation.',
    records: ['enrolment'],
    periodDate: 'enrolment.applied_at (Asia/Seoul)',
    sql: '(SELECT participants FROM cells)',
  },
  {
    code: 'ENROLMENTS',
    nameKo: '참여 건수(연인원)',
    nameEn: 'Enrolments',
    unit: 'COUNT',
    direction: 'UP',
    people: true,
    definitionKo: '수강 중·수료·미수료인 수강 신청 건수(한 사람이 두 과정을 들으면 2건).',
    definitionEn: 'Enrolments that are enrolled, completed or not completed (one person in two programmes is two).',
    records: ['enrolment'],
    periodDate: 'enrolment.applied_at (Asia/Seoul)',
    sql: '(SELECT participations FROM cells)',
  },
  {
    code: 'PROGRAMMES_RUN',
    nameKo: '운영 프로그램 수',
    nameEn: 'Programmes run',
    unit: 'COUNT',
    direction: 'UP',
    people: false,
    definitionKo: '운영 중이거나 마친 프로그램(하위 과정 포함).',
    definitionEn: 'Programmes running or completed (sub-programmes included).',
    records: ['programme'],
    periodDate: 'programme.starts_on',
    sql: `(SELECT count(*)::int FROM programme p WHERE ${PROGRAMMES} AND p.status IN ('RUNNING', 'COMPLETED') AND ${inPeriod('p.starts_on')})`,
  },
  {
    code: 'FIELDS_COVERED',
    nameKo: '운영 분야 수',
    nameEn: 'Fields covered',
    unit: 'COUNT',
    direction: 'UP',
    people: false,
    definitionKo: '운영 중이거나 마친 프로그램이 하나라도 있는 사업 분야의 수.',
    definitionEn: 'Fields of the stream with at least one programme running or completed.',
    records: ['programme'],
    periodDate: 'programme.starts_on',
    sql: `(SELECT count(DISTINCT p.field_id)::int FROM programme p WHERE ${PROGRAMMES} AND p.status IN ('RUNNING', 'COMPLETED') AND ${inPeriod('p.starts_on')})`,
  },
  {
    code: 'COMPLETIONS',
    nameKo: '수료자',
    nameEn: 'Completions',
    unit: 'PEOPLE',
    direction: 'UP',
    people: true,
    definitionKo: '수료로 처리된 수강 건수.',
    definitionEn: 'Enrolments marked completed.',
    records: ['enrolment'],
    periodDate: 'enrolment.status_changed_at (Asia/Seoul)',
    sql: '(SELECT completions FROM cells)',
  },
  {
    code: 'COMPLETION_RATE',
    nameKo: '수료율',
    nameEn: 'Completion rate',
    unit: 'PERCENT',
    direction: 'UP',
    people: false,
    definitionKo: '결과가 정해진 수강(수료+미수료) 중 수료의 비율.',
    definitionEn: 'Completed among the enrolments whose result is decided (completed + not completed).',
    derivedFrom: ['COMPLETIONS'],
    records: ['enrolment'],
    periodDate: 'enrolment.status_changed_at (Asia/Seoul)',
    sql: '(SELECT round(100.0 * completions / NULLIF(results, 0), 1) FROM cells)',
  },
  {
    code: 'LEARNING_HOURS',
    nameKo: '학습 시간',
    nameEn: 'Learning hours',
    unit: 'HOURS',
    direction: 'UP',
    people: false,
    definitionKo: '출석으로 기록된 학습 시간의 합(사람×시간).',
    definitionEn: 'Attended minutes recorded, summed over people (person-hours).',
    records: ['attendance'],
    periodDate: 'programme_session.starts_at (Asia/Seoul)',
    sql: '(SELECT round(attended_minutes / 60.0, 1) FROM cells)',
  },
  {
    code: 'MENTORS_TRAINED',
    nameKo: '양성 멘토',
    nameEn: 'Mentors trained',
    unit: 'PEOPLE',
    direction: 'UP',
    people: true,
    definitionKo: '참여 기관 소속 멘토 중 기간 안에 자격(양성과정 수료 또는 기록)을 얻은 사람.',
    definitionEn: "Mentors of the stream's organizations who earned a credential (course or recorded) in the period.",
    records: ['mentor_credential'],
    periodDate: 'mentor_credential.earned_on',
    sql: `(SELECT count(DISTINCT mc.mentor_id)::int FROM mentor_credential mc JOIN mentor m ON m.id = mc.mentor_id WHERE m.organization_id IN ${MEMBERS} AND ${inPeriod('mc.earned_on')})`,
  },
  {
    code: 'MENTORS_DEPLOYED',
    nameKo: '활동 멘토',
    nameEn: 'Mentors deployed',
    unit: 'PEOPLE',
    direction: 'UP',
    people: true,
    definitionKo: '사업 프로그램의 수업에 배치되어 확정된 멘토.',
    definitionEn: "Mentors confirmed for a session of the stream's programmes.",
    records: ['mentor_assignment'],
    periodDate: 'the session’s start (Asia/Seoul)',
    sql: `(SELECT count(DISTINCT a.mentor_id)::int FROM mentor_assignment a JOIN programme p ON p.id = a.programme_id WHERE ${PROGRAMMES} AND a.status = 'CONFIRMED' AND ${inPeriodTs('lower(a.during)')})`,
  },
  {
    code: 'MENTOR_HOURS',
    nameKo: '멘토 활동 시간(확인)',
    nameEn: 'Verified mentor hours',
    unit: 'HOURS',
    direction: 'UP',
    people: false,
    definitionKo: '주관 기관 담당자가 확인한 멘토 활동 시간.',
    definitionEn: "Mentor hours logged and verified by the host's staff.",
    records: ['mentor_assignment'],
    periodDate: 'the session’s start (Asia/Seoul)',
    sql: `(SELECT COALESCE(round(sum(a.logged_minutes) / 60.0, 1), 0) FROM mentor_assignment a JOIN programme p ON p.id = a.programme_id WHERE ${PROGRAMMES} AND a.verified_at IS NOT NULL AND ${inPeriodTs('lower(a.during)')})`,
  },
  {
    code: 'REFERRALS_MADE',
    nameKo: '연계 의뢰',
    nameEn: 'Referrals made',
    unit: 'COUNT',
    direction: 'UP',
    people: true,
    definitionKo: '참여 기관이 보낸 연계 의뢰(철회 제외).',
    definitionEn: "Referrals sent by the stream's organizations (withdrawn ones excepted).",
    records: ['referral'],
    periodDate: 'referral.created_at (Asia/Seoul)',
    sql: `(SELECT count(*)::int FROM referral r WHERE r.from_organization_id IN ${MEMBERS} AND r.status <> 'WITHDRAWN' AND ${inPeriodTs('r.created_at')})`,
  },
  {
    code: 'REFERRALS_ENGAGED',
    nameKo: '연계 성사',
    nameEn: 'Referrals engaged',
    unit: 'COUNT',
    direction: 'UP',
    people: true,
    definitionKo: '받은 기관에서 실제 참여가 시작된 연계.',
    definitionEn: 'Referrals where the person started with the receiving organization.',
    records: ['referral'],
    periodDate: 'referral.engaged_at (Asia/Seoul)',
    sql: `(SELECT count(*)::int FROM referral r WHERE r.from_organization_id IN ${MEMBERS} AND r.engaged_at IS NOT NULL AND ${inPeriodTs('r.engaged_at')})`,
  },
  {
    code: 'EMPLOYMENT_OUTCOMES',
    nameKo: '취업 성과',
    nameEn: 'Employment outcomes',
    unit: 'COUNT',
    direction: 'UP',
    people: true,
    definitionKo: '참여 기관이 기록한 취업 성과(본인 응답 포함).',
    definitionEn: "Employment recorded by the stream's organizations (self-reported included).",
    records: ['outcome'],
    periodDate: 'outcome.occurred_on',
    sql: `(SELECT count(*)::int FROM outcome o WHERE o.organization_id IN ${MEMBERS} AND o.kind = 'EMPLOYED' AND ${inPeriod('o.occurred_on')})`,
  },
  {
    code: 'STARTUP_OUTCOMES',
    nameKo: '창업 성과',
    nameEn: 'Start-up outcomes',
    unit: 'COUNT',
    direction: 'UP',
    people: true,
    definitionKo: '참여 기관이 기록한 창업 성과.',
    definitionEn: "Businesses started, recorded by the stream's organizations.",
    records: ['outcome'],
    periodDate: 'outcome.occurred_on',
    sql: `(SELECT count(*)::int FROM outcome o WHERE o.organization_id IN ${MEMBERS} AND o.kind = 'STARTED_BUSINESS' AND ${inPeriod('o.occurred_on')})`,
  },
  {
    code: 'FOLLOW_UP_ANSWER_RATE',
    nameKo: '사후 조사 본인 응답률',
    nameEn: 'Follow-up answer rate',
    unit: 'PERCENT',
    direction: 'UP',
    people: false,
    definitionKo: '문자로 물은 수료 뒤 3·6·12개월 사후 조사 중 본인이 링크로 답한 비율.',
    definitionEn: 'Follow-ups (3, 6, 12 months after completion) asked by text that the person answered themselves through the link.',
    records: ['follow_up'],
    periodDate: 'follow_up.asked_at (Asia/Seoul)',
    sql: `(SELECT round(100.0 * count(f.self_answered_at) / NULLIF(count(*), 0), 1) FROM follow_up f WHERE f.organization_id IN ${MEMBERS} AND f.asked_at IS NOT NULL AND ${inPeriodTs('f.asked_at')})`,
  },
  {
    code: 'SATISFACTION',
    nameKo: '만족도',
    nameEn: 'Satisfaction',
    unit: 'SCORE',
    direction: 'UP',
    people: false,
    definitionKo: "만족도 조사의 '전반적 만족도' 평균(5점 만점; 온라인·종이 응답).",
    definitionEn: "Mean of the surveys' overall item (out of 5; online and paper answers).",
    records: ['survey'],
    periodDate: 'programme.starts_on',
    sql: `(SELECT round(sum(s.item_sums[1])::numeric / NULLIF(sum(s.response_count), 0), 2) FROM survey s JOIN programme p ON p.id = s.programme_id WHERE ${PROGRAMMES} AND ${inPeriod('p.starts_on')})`,
  },
  {
    code: 'BUDGET_EXECUTION_RATE',
    nameKo: '예산 집행률',
    nameEn: 'Budget execution rate',
    unit: 'PERCENT',
    direction: 'UP',
    people: false,
    definitionKo: '승인된 집행액 ÷ 편성액(기간 말까지 지출한 것).',
    definitionEn: 'Approved spending ÷ planned budget (spent by the end of the period).',
    records: ['budget_line', 'expenditure'],
    periodDate: 'expenditure.spent_on (to the end of the period)',
    sql: `(SELECT round(100.0 * (SELECT COALESCE(sum(x.amount), 0) FROM expenditure x WHERE x.stream_id = ANY($1) AND ($4::uuid IS NULL OR x.organization_id = $4) AND x.status = 'APPROVED' AND x.spent_on < $3::date)
                      / NULLIF(sum(l.planned_amount), 0), 1) FROM budget_line l WHERE l.stream_id = ANY($1) AND ($4::uuid IS NULL OR l.organization_id = $4))`,
  },
  {
    code: 'GENERATION_MIX',
    nameKo: '세대 다양성 지수',
    nameEn: 'Generation mix index',
    unit: 'INDEX',
    direction: 'UP',
    people: false,
    definitionKo: '참여 건수의 연령대 분포로 본 지니–심프슨 지수(무작위 두 명이 다른 세대일 확률; 0 한 세대 ~ 0.75 네 세대 고루).',
    definitionEn:
      'Gini–Simpson index of enrolments over the four age bands (chance two picked at random differ; 0 one generation … 0.75 all four evenly).',
    records: ['enrolment'],
    periodDate: 'enrolment.applied_at (Asia/Seoul)',
    sql: `(SELECT round((1 - ((under_20::numeric ^ 2) + (age_20_39::numeric ^ 2) + (age_40_64::numeric ^ 2) + (age_65_plus::numeric ^ 2)) / NULLIF(participations::numeric ^ 2, 0)), 2) FROM cells)`,
  },
  {
    code: 'CHALLENGE_PARTICIPANTS',
    nameKo: '세대공감 챌린지 참여자',
    nameEn: 'Multigenerational challenge participants',
    unit: 'PEOPLE',
    direction: 'UP',
    people: true,
    definitionKo: '사업의 세대 공감 챌린지 활동에 참여한 사람(실인원).',
    definitionEn: "People who joined the stream's multigenerational challenge activities.",
    records: ['activity_participant'],
    periodDate: 'activity_participant.joined_at (Asia/Seoul)',
    sql: `(SELECT count(DISTINCT ap.participant_id)::int FROM activity_participant ap JOIN activity a ON a.id = ap.activity_id WHERE a.stream_id = ANY($1) AND ($4::uuid IS NULL OR a.organization_id = $4) AND a.kind = 'CHALLENGE' AND ${inPeriodTs('ap.joined_at')})`,
  },
];

export const KPI_BY_CODE = new Map(KPI_DICTIONARY.map((k) => [k.code, k]));

/** Every figure in one statement (the cells once). */
export const ACTUALS_SQL = `WITH cells AS (${CELLS_SQL}) SELECT ${KPI_DICTIONARY.map((k) => `${k.sql} AS "${k.code}"`).join(',\n')}`;
