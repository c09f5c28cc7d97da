import { BUSAN_DISTRICTS, type OrganizationKind } from '@lalaland/shared';

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
