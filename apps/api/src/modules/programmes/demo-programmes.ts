import type { AgeBand, EducationDomain, Pillar, ProgrammeFormat, ProgrammeStatus } from '@lalaland/shared';

/** One initiative per 2025 stream. */
export const SEED_INITIATIVES = [
  { stream: 'LALALAND-2025', code: 'LALALAND', nameKo: 'LA-LA LAnd 학습·연계·활동', nameEn: 'LA-LA LAnd Learn · Link · Act' },
  {
    stream: 'NAM-ONPLUS-2025',
    code: 'NAM-ONPLUS',
    nameKo: '배움온플러스 (AI와 함께하는 평생학습)',
    nameEn: 'On+ Lifelong Learning with AI',
  },
  {
    stream: 'YEONJE-IT-DX-2025',
    code: 'YEONJE-DX',
    nameKo: '일상의 IT, DX, 학습도시 연제',
    nameEn: 'Everyday IT and DX, Learning City Yeonje',
  },
];

/** Yeonje-gu's nine fields (sample names: the stream's own list is data and can be replaced). */
export const SEED_YEONJE_FIELDS: Array<[code: string, ko: string, en: string]> = [
  ['F1', '디지털 기초 (샘플)', 'Digital basics (sample)'],
  ['F2', 'AI 활용 (샘플)', 'Using AI (sample)'],
  ['F3', '스마트 금융·생활 (샘플)', 'Smart finance and daily life (sample)'],
  ['F4', '디지털 창업 (샘플)', 'Digital start-ups (sample)'],
  ['F5', '세대공감 디지털 (샘플)', 'Digital across generations (sample)'],
  ['F6', '디지털 시민성 (샘플)', 'Digital citizenship (sample)'],
  ['F7', '디지털 문화예술 (샘플)', 'Digital culture and arts (sample)'],
  ['F8', '디지털 멘토 양성 (샘플)', 'Training digital mentors (sample)'],
  ['F9', '디지털 챌린지 (샘플)', 'Multigenerational digital challenge (sample)'],
];

export const SEED_VENUES: Array<[org: string, name: string, address: string, capacity: number]> = [
  ['SAMPLE_LC_NAM', '남구 예시평생학습관 AI 강의실 (샘플)', '부산광역시 남구 (샘플 주소)', 30],
  ['SAMPLE_LC_NAM', '남구 예시평생학습관 디지털배움터 (샘플)', '부산광역시 남구 (샘플 주소)', 20],
  ['SAMPLE_LC_YEONJE', '연제구 예시평생학습센터 1강의실 (샘플)', '부산광역시 연제구 (샘플 주소)', 25],
  ['SAMPLE_LC_SAHA', '사하구 예시평생학습관 세미나실 (샘플)', '부산광역시 사하구 (샘플 주소)', 30],
  ['BWFLE', '진흥원 교육장 (샘플)', '부산광역시 (샘플 주소)', 40],
  ['SAMPLE_UNIV_A', '예시대학교 창업보육센터 강의실 (샘플)', '부산광역시 (샘플 주소)', 35],
  ['SAHA', '사하구청 정보화교육장 (샘플)', '부산광역시 사하구 (샘플 주소)', 24],
];

export const SEED_INSTRUCTORS: Array<[stream: string, org: string, name: string, fields: string[], districts: string[]]> = [
  ['LALALAND-2025', 'BWFLE', '김하늘 (샘플)', ['AI', '데이터'], ['26380', '26320']],
  ['LALALAND-2025', 'SAMPLE_UNIV_A', '박서준 (샘플)', ['창업', '마케팅'], ['26380']],
  ['LALALAND-2025', 'SAMPLE_CO_A', '이도윤 (샘플)', ['AI', '생성형 AI'], ['26110', '26380']],
  ['NAM-ONPLUS-2025', 'NAM', '정민지 (샘플)', ['AI', '학습코칭'], ['26290']],
  ['NAM-ONPLUS-2025', 'NAM', '최예린 (샘플)', ['스마트폰', '디지털 문해'], ['26290']],
  ['YEONJE-IT-DX-2025', 'YEONJE', '한지호 (샘플)', ['스마트폰', '키오스크'], ['26470']],
  ['YEONJE-IT-DX-2025', 'YEONJE', '윤소희 (샘플)', ['AI', '영상'], ['26470']],
];

export interface SeedProgramme {
  key: string;
  initiative: string;
  parent?: string;
  host: string;
  cohosts?: string[];
  titleKo: string;
  titleEn: string;
  pillar: Pillar;
  domain: EducationDomain;
  field?: string;
  format: ProgrammeFormat;
  audience: string;
  ageBands: AgeBand[];
  capacity: number;
  targets: [participants: number, completions: number];
  status: ProgrammeStatus;
  /** First session date, weekday(s), count, times; venue index into SEED_VENUES (or null: online), instructor name prefix. */
  sessions?: { first: string; weekdays: number[]; count: number; start: string; end: string; venue: number | null; instructor?: string };
  /** How many of the host's demo participants enrol. */
  enrol?: number;
}

/** Plausible programmes for all three streams (titles of real courses where the project names them; the rest marked sample). */
export const SEED_PROGRAMMES: SeedProgramme[] = [
  {
    key: 'ONPLUS',
    initiative: 'NAM-ONPLUS',
    host: 'NAM',
    titleKo: '배움온플러스',
    titleEn: 'On+ Lifelong Learning with AI',
    pillar: 'LEARN',
    domain: 'VOCATIONAL',
    format: 'BLENDED',
    audience: '남구 주민',
    ageBands: ['AGE_20_39', 'AGE_40_64', 'AGE_65_PLUS'],
    capacity: 200,
    targets: [200, 150],
    status: 'RUNNING',
  },
  {
    key: 'AICOACH',
    initiative: 'NAM-ONPLUS',
    parent: 'ONPLUS',
    host: 'NAM',
    cohosts: ['SAMPLE_LC_NAM'],
    titleKo: 'AI 학습코치 양성과정',
    titleEn: 'AI Learning Coach training course',
    pillar: 'LEARN',
    domain: 'VOCATIONAL',
    format: 'OFFLINE',
    audience: 'AI 학습코치로 활동할 주민',
    ageBands: ['AGE_20_39', 'AGE_40_64'],
    capacity: 20,
    targets: [20, 16],
    status: 'COMPLETED',
    sessions: { first: '2025-05-07', weekdays: [3], count: 8, start: '10:00', end: '12:00', venue: 0, instructor: '정민지' },
    enrol: 18,
  },
  {
    key: 'DLA',
    initiative: 'NAM-ONPLUS',
    parent: 'ONPLUS',
    host: 'NAM',
    cohosts: ['SAMPLE_LC_NAM'],
    titleKo: '디지털 리터러시 아카데미',
    titleEn: 'Digital Literacy Academy',
    pillar: 'LEARN',
    domain: 'LITERACY',
    format: 'OFFLINE',
    audience: '디지털 기기가 낯선 어르신',
    ageBands: ['AGE_65_PLUS'],
    capacity: 25,
    targets: [50, 40],
    status: 'RUNNING',
    sessions: { first: '2025-09-02', weekdays: [2, 4], count: 10, start: '14:00', end: '16:00', venue: 1, instructor: '최예린' },
    enrol: 27,
  },
  {
    key: 'VOLUNTEER',
    initiative: 'NAM-ONPLUS',
    parent: 'ONPLUS',
    host: 'NAM',
    titleKo: 'AI·온라인 수업 지원 봉사단',
    titleEn: 'Volunteer team supporting AI and online classes',
    pillar: 'ACT',
    domain: 'CIVIC',
    format: 'BLENDED',
    audience: 'AI 학습코치 수료생',
    ageBands: ['AGE_20_39', 'AGE_40_64', 'AGE_65_PLUS'],
    capacity: 15,
    targets: [15, 12],
    status: 'RECRUITING',
    enrol: 6,
  },
  {
    key: 'NAM-GEN',
    initiative: 'NAM-ONPLUS',
    parent: 'ONPLUS',
    host: 'NAM',
    titleKo: 'AI로 잇는 세대공감 배움터 (샘플)',
    titleEn: 'Generations learning AI together (sample)',
    pillar: 'LINK',
    domain: 'CIVIC',
    format: 'OFFLINE',
    audience: '조부모·손주 가족',
    ageBands: ['UNDER_20', 'AGE_65_PLUS'],
    capacity: 20,
    targets: [20, 15],
    status: 'APPROVED',
  },
  {
    key: 'NAM-SHOW',
    initiative: 'NAM-ONPLUS',
    parent: 'ONPLUS',
    host: 'NAM',
    titleKo: '배움온플러스 성과공유회 (샘플)',
    titleEn: 'On+ showcase (sample)',
    pillar: 'ACT',
    domain: 'CULTURE_ARTS',
    format: 'OFFLINE',
    audience: '참여 주민과 기관',
    ageBands: ['AGE_20_39', 'AGE_40_64', 'AGE_65_PLUS'],
    capacity: 100,
    targets: [100, 0],
    status: 'DRAFT',
  },
  ...SEED_YEONJE_FIELDS.map(([code, ko], i): SeedProgramme => ({
    key: `YJ-${code}`,
    initiative: 'YEONJE-DX',
    host: 'YEONJE',
    cohosts: i % 3 === 0 ? ['SAMPLE_LC_YEONJE'] : i % 3 === 1 ? ['SAMPLE_CO_B'] : [],
    titleKo: `${ko.replace(' (샘플)', '')} 교실 (샘플)`,
    titleEn: `Yeonje ${SEED_YEONJE_FIELDS[i]![2].replace(' (sample)', '')} class (sample)`,
    pillar: i === 7 ? 'ACT' : i === 4 ? 'LINK' : 'LEARN',
    domain: i === 3 ? 'VOCATIONAL' : i === 5 ? 'CIVIC' : i === 6 ? 'CULTURE_ARTS' : 'LIBERAL_ARTS',
    field: code,
    format: i === 1 ? 'BLENDED' : 'OFFLINE',
    audience: '연제구 주민',
    ageBands: i === 4 || i === 8 ? ['UNDER_20', 'AGE_40_64', 'AGE_65_PLUS'] : ['AGE_40_64', 'AGE_65_PLUS'],
    capacity: 15 + (i % 3) * 5,
    targets: [40, 30],
    status: (['COMPLETED', 'COMPLETED', 'RUNNING', 'RUNNING', 'RECRUITING', 'APPROVED', 'PROPOSED', 'COMPLETED', 'RUNNING'] as const)[i]!,
    sessions:
      i === 5 || i === 6
        ? undefined
        : {
            first: `2025-0${4 + (i % 5)}-0${1 + (i % 7)}`,
            weekdays: [1 + (i % 5)],
            count: 6,
            start: '10:00',
            end: '12:00',
            venue: 2,
            instructor: i % 2 ? '윤소희' : '한지호',
          },
    enrol: i === 5 || i === 6 ? 0 : 10 + (i % 4) * 3,
  })),
  {
    key: 'LL-AI',
    initiative: 'LALALAND',
    host: 'BWFLE',
    cohosts: ['SAMPLE_UNIV_A', 'SAMPLE_CO_A'],
    titleKo: 'AI 실무 역량 과정 (샘플)',
    titleEn: 'Practical AI skills for work (sample)',
    pillar: 'LEARN',
    domain: 'VOCATIONAL',
    format: 'BLENDED',
    audience: '재취업·전직을 준비하는 시민',
    ageBands: ['AGE_20_39', 'AGE_40_64'],
    capacity: 30,
    targets: [30, 24],
    status: 'RUNNING',
    sessions: { first: '2025-09-01', weekdays: [1, 3], count: 12, start: '19:00', end: '21:00', venue: 4, instructor: '이도윤' },
    enrol: 32,
  },
  {
    key: 'LL-START',
    initiative: 'LALALAND',
    host: 'SAHA',
    cohosts: ['SAMPLE_CO_A', 'SAMPLE_UNIV_A'],
    titleKo: '디지털 마케팅 창업 과정 (샘플)',
    titleEn: 'Digital marketing for start-ups (sample)',
    pillar: 'LEARN',
    domain: 'VOCATIONAL',
    format: 'OFFLINE',
    audience: '창업을 준비하는 사하구 주민',
    ageBands: ['AGE_20_39', 'AGE_40_64'],
    capacity: 25,
    targets: [25, 20],
    status: 'COMPLETED',
    sessions: { first: '2025-06-03', weekdays: [2], count: 8, start: '19:00', end: '21:00', venue: 3, instructor: '박서준' },
    enrol: 22,
  },
  {
    key: 'LL-DATA',
    initiative: 'LALALAND',
    host: 'SAHA',
    cohosts: ['SAMPLE_UNIV_A'],
    titleKo: '생활 속 데이터 분석 입문 (샘플)',
    titleEn: 'Everyday data analysis (sample)',
    pillar: 'LEARN',
    domain: 'VOCATIONAL',
    format: 'ONLINE',
    audience: '사하구 주민',
    ageBands: ['AGE_20_39', 'AGE_40_64'],
    capacity: 30,
    targets: [30, 24],
    status: 'PROPOSED',
  },
  {
    key: 'LL-UNIV',
    initiative: 'LALALAND',
    host: 'SAMPLE_UNIV_A',
    titleKo: '대학 연계 AI 창업 아카데미 (샘플)',
    titleEn: 'University AI start-up academy (sample)',
    pillar: 'LINK',
    domain: 'VOCATIONAL',
    format: 'BLENDED',
    audience: '창업·취업을 준비하는 부산 시민 (연계 의뢰로 모집)',
    ageBands: ['AGE_20_39', 'AGE_40_64'],
    capacity: 30,
    targets: [30, 24],
    status: 'RECRUITING',
  },
];
