import { BUSAN_DISTRICTS, MembershipRole, OrganizationKind } from '@lalaland/shared';

export const DEMO_PASSWORD = 'lalaland2025';

export interface SeedOrganization {
  shortCode: string;
  kind: OrganizationKind;
  nameKo: string;
  nameEn: string;
  adminCode?: string;
  parent?: string;
  isSample?: boolean;
  contactEmail?: string;
  address?: string;
}

/** Real partners (city, 16 Gu/Gun, institute, ministry) and clearly marked sample partners. */
export const SEED_ORGANIZATIONS: SeedOrganization[] = [
  {
    shortCode: 'BUSAN',
    kind: 'CITY',
    nameKo: '부산광역시',
    nameEn: 'Busan Metropolitan City',
    adminCode: '26000',
    address: '부산광역시 연제구 중앙대로 1001',
  },
  ...BUSAN_DISTRICTS.map((d) => ({
    shortCode: d.short,
    kind: 'DISTRICT' as const,
    nameKo: `부산광역시 ${d.ko}`,
    nameEn: `${d.en}, Busan`,
    adminCode: d.code,
    parent: 'BUSAN',
  })),
  {
    shortCode: 'BWFLE',
    kind: 'INSTITUTE',
    nameKo: '(재)부산여성가족과평생교육진흥원',
    nameEn: 'Busan Gender Equality and Family, Lifelong Education Institute',
  },
  { shortCode: 'MOE', kind: 'MINISTRY', nameKo: '교육부', nameEn: 'Ministry of Education' },
  { shortCode: 'SAMPLE_UNIV_A', kind: 'UNIVERSITY', nameKo: '예시대학교 (샘플)', nameEn: 'Sample University A', isSample: true },
  {
    shortCode: 'SAMPLE_UNIV_B',
    kind: 'UNIVERSITY',
    nameKo: '예시해양대학교 (샘플)',
    nameEn: 'Sample Maritime University B',
    isSample: true,
  },
  { shortCode: 'SAMPLE_CO_A', kind: 'COMPANY', nameKo: '예시AI주식회사 (샘플)', nameEn: 'Sample AI Co. A', isSample: true },
  {
    shortCode: 'SAMPLE_CO_B',
    kind: 'COMPANY',
    nameKo: '예시디지털협동조합 (샘플)',
    nameEn: 'Sample Digital Cooperative B',
    isSample: true,
  },
  {
    shortCode: 'SAMPLE_LC_NAM',
    kind: 'LEARNING_CENTER',
    nameKo: '남구 예시평생학습관 (샘플)',
    nameEn: 'Nam-gu Sample Lifelong Learning Centre',
    parent: 'NAM',
    isSample: true,
  },
  {
    shortCode: 'SAMPLE_LC_YEONJE',
    kind: 'LEARNING_CENTER',
    nameKo: '연제구 예시평생학습센터 (샘플)',
    nameEn: 'Yeonje-gu Sample Lifelong Learning Centre',
    parent: 'YEONJE',
    isSample: true,
  },
  {
    shortCode: 'SAMPLE_LC_SAHA',
    kind: 'LEARNING_CENTER',
    nameKo: '사하구 예시평생학습관 (샘플)',
    nameEn: 'Saha-gu Sample Lifelong Learning Centre',
    parent: 'SAHA',
    isSample: true,
  },
];

export interface SeedUser {
  email: string;
  displayName: string;
  isPlatformAdmin?: boolean;
  memberships: Array<[shortCode: string, role: MembershipRole]>;
  note: string;
}

/** One demo user per role, all with DEMO_PASSWORD. */
export const SEED_USERS: SeedUser[] = [
  {
    email: 'admin@lalaland.test',
    displayName: '한플랫폼',
    isPlatformAdmin: true,
    memberships: [['BWFLE', 'ORG_ADMIN']],
    note: 'platform admin (playground)',
  },
  { email: 'city.admin@lalaland.test', displayName: '김부산', memberships: [['BUSAN', 'ORG_ADMIN']], note: 'ORG_ADMIN, Busan City' },
  {
    email: 'nam.admin@lalaland.test',
    displayName: '이남구',
    memberships: [
      ['NAM', 'ORG_ADMIN'],
      ['SAMPLE_LC_NAM', 'STAFF'],
    ],
    note: 'ORG_ADMIN, Nam-gu (also STAFF of a learning centre)',
  },
  { email: 'nam.staff@lalaland.test', displayName: '박담당', memberships: [['NAM', 'STAFF']], note: 'STAFF, Nam-gu' },
  { email: 'yeonje.staff@lalaland.test', displayName: '최연제', memberships: [['YEONJE', 'STAFF']], note: 'STAFF, Yeonje-gu' },
  {
    email: 'saha.staff@lalaland.test',
    displayName: '윤사하',
    memberships: [['SAHA', 'STAFF']],
    note: 'STAFF, Saha-gu (member of LA-LA LAnd)',
  },
  {
    email: 'univ.staff@lalaland.test',
    displayName: '대학담당',
    memberships: [['SAMPLE_UNIV_A', 'STAFF']],
    note: 'STAFF, sample university (partner in LA-LA LAnd; receives referrals)',
  },
  { email: 'viewer@lalaland.test', displayName: '정열람', memberships: [['MOE', 'VIEWER']], note: 'VIEWER, Ministry of Education' },
];

/** The Ministry of Education's 2025 Regional Lifelong Education Promotion Project and its three Busan streams (real figures). */
export const SEED_FUNDING = {
  programme: {
    code: 'MOE-RLEP-2025',
    nameKo: '2025년 지역 평생교육 활성화 지원 사업',
    nameEn: '2025 Regional Lifelong Education Promotion Project',
    year: 2025,
    funder: 'MOE',
  },
  categories: [
    { code: 'INTENSIVE_DISTRICT', nameKo: '평생학습 집중진흥지구', nameEn: 'Lifelong Learning Intensive Promotion District' },
    { code: 'REGION_SPECIFIC', nameKo: '지역 특화 프로그램 (평생학습도시)', nameEn: 'Region-Specific Program (Lifelong Learning City)' },
  ],
  streams: [
    {
      code: 'LALALAND-2025',
      category: 'INTENSIVE_DISTRICT',
      nameKo: '내일을 꿈꾸는 LA-LA LAnd',
      nameEn: 'LA-LA LAnd: Dreaming of Tomorrow',
      lead: 'BUSAN',
      nationalAmount: 50_000_000,
      members: [
        ...['JUNG', 'SEO', 'DONG', 'YEONGDO', 'DONGNAE', 'BUK', 'SAHA', 'GEUMJEONG', 'SUYEONG', 'SASANG', 'GIJANG'].map(
          (o) => [o, 'MEMBER'] as const,
        ),
        ['BWFLE', 'OPERATOR'] as const,
        ['SAMPLE_UNIV_A', 'PARTNER_UNIVERSITY'] as const,
        ['SAMPLE_CO_A', 'PARTNER_COMPANY'] as const,
      ],
      lines: [
        ['BUSAN', 'PROMOTION', 'NATIONAL', 5_000_000],
        ['BUSAN', 'OPERATIONS', 'NATIONAL', 5_000_000],
        ['BUSAN', 'OPERATIONS', 'CITY', 10_000_000],
        ['BWFLE', 'PERSONNEL', 'NATIONAL', 12_000_000],
        ['BWFLE', 'INSTRUCTOR_FEES', 'NATIONAL', 10_000_000],
        ['SAHA', 'INSTRUCTOR_FEES', 'NATIONAL', 3_000_000],
        ['SAHA', 'MATERIALS', 'DISTRICT', 1_000_000],
        ['BUK', 'INSTRUCTOR_FEES', 'NATIONAL', 3_000_000],
        ['GIJANG', 'VENUE', 'NATIONAL', 2_000_000],
      ],
      expenditures: [
        ['BWFLE', 'PERSONNEL', 'NATIONAL', 3_000_000, '2025-05-30', '사업 전담인력 5월 인건비 (샘플)', 'APPROVED'],
        ['BUSAN', 'PROMOTION', 'NATIONAL', 1_200_000, '2025-05-12', '사업 안내 리플릿 제작 (샘플)', 'APPROVED'],
        ['SAHA', 'INSTRUCTOR_FEES', 'NATIONAL', 600_000, '2025-06-20', '디지털 기초 과정 강사비 6월 (샘플)', 'SUBMITTED'],
      ],
    },
    {
      code: 'NAM-ONPLUS-2025',
      category: 'REGION_SPECIFIC',
      nameKo: '배움온플러스 (On+ Lifelong Learning with AI)',
      nameEn: 'On+ Lifelong Learning with AI (배움온플러스)',
      lead: 'NAM',
      nationalAmount: 27_000_000,
      members: [['SAMPLE_LC_NAM', 'OPERATOR'] as const],
      lines: [
        ['NAM', 'INSTRUCTOR_FEES', 'NATIONAL', 12_000_000],
        ['NAM', 'MATERIALS', 'NATIONAL', 5_000_000],
        ['NAM', 'PROMOTION', 'DISTRICT', 3_000_000],
        ['SAMPLE_LC_NAM', 'OPERATIONS', 'NATIONAL', 10_000_000],
      ],
      expenditures: [['NAM', 'INSTRUCTOR_FEES', 'NATIONAL', 2_400_000, '2025-06-30', 'AI 학습코치 양성과정 강사비 (샘플)', 'APPROVED']],
    },
    {
      code: 'YEONJE-IT-DX-2025',
      category: 'REGION_SPECIFIC',
      nameKo: '일상의 IT, DX, 학습도시 연제',
      nameEn: 'Everyday IT and DX: Learning City Yeonje',
      lead: 'YEONJE',
      nationalAmount: 30_000_000,
      members: [['SAMPLE_LC_YEONJE', 'OPERATOR'] as const, ['SAMPLE_CO_B', 'PARTNER_COMPANY'] as const],
      lines: [
        ['YEONJE', 'INSTRUCTOR_FEES', 'NATIONAL', 15_000_000],
        ['YEONJE', 'OPERATIONS', 'NATIONAL', 8_000_000],
        ['YEONJE', 'MATERIALS', 'DISTRICT', 4_000_000],
        ['SAMPLE_LC_YEONJE', 'VENUE', 'NATIONAL', 7_000_000],
      ],
      expenditures: [['YEONJE', 'OPERATIONS', 'NATIONAL', 900_000, '2025-06-05', 'AI·디지털 멘토 발대식 운영 (샘플)', 'APPROVED']],
    },
  ],
} as const;
