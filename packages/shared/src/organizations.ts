export const OrganizationKind = {
  City: 'CITY',
  District: 'DISTRICT',
  Institute: 'INSTITUTE',
  University: 'UNIVERSITY',
  Company: 'COMPANY',
  LearningCenter: 'LEARNING_CENTER',
  Ministry: 'MINISTRY',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = Object.values(OrganizationKind);

/** Korean administrative (행정표준) codes of Busan's 16 Gu/Gun. */
export const BUSAN_DISTRICTS: ReadonlyArray<{ code: string; short: string; ko: string; en: string; gun: boolean }> = [
  { code: '26110', short: 'JUNG', ko: '중구', en: 'Jung-gu', gun: false },
  { code: '26140', short: 'SEO', ko: '서구', en: 'Seo-gu', gun: false },
  { code: '26170', short: 'DONG', ko: '동구', en: 'Dong-gu', gun: false },
  { code: '26200', short: 'YEONGDO', ko: '영도구', en: 'Yeongdo-gu', gun: false },
  { code: '26230', short: 'BUSANJIN', ko: '부산진구', en: 'Busanjin-gu', gun: false },
  { code: '26260', short: 'DONGNAE', ko: '동래구', en: 'Dongnae-gu', gun: false },
  { code: '26290', short: 'NAM', ko: '남구', en: 'Nam-gu', gun: false },
  { code: '26320', short: 'BUK', ko: '북구', en: 'Buk-gu', gun: false },
  { code: '26350', short: 'HAEUNDAE', ko: '해운대구', en: 'Haeundae-gu', gun: false },
  { code: '26380', short: 'SAHA', ko: '사하구', en: 'Saha-gu', gun: false },
  { code: '26410', short: 'GEUMJEONG', ko: '금정구', en: 'Geumjeong-gu', gun: false },
  { code: '26440', short: 'GANGSEO', ko: '강서구', en: 'Gangseo-gu', gun: false },
  { code: '26470', short: 'YEONJE', ko: '연제구', en: 'Yeonje-gu', gun: false },
  { code: '26500', short: 'SUYEONG', ko: '수영구', en: 'Suyeong-gu', gun: false },
  { code: '26530', short: 'SASANG', ko: '사상구', en: 'Sasang-gu', gun: false },
  { code: '26710', short: 'GIJANG', ko: '기장군', en: 'Gijang-gun', gun: true },
];

export const ORGANIZATION_KIND_LABELS: Readonly<Record<OrganizationKind, { ko: string; en: string }>> = {
  CITY: { ko: '광역시', en: 'City' },
  DISTRICT: { ko: '구·군', en: 'Gu/Gun' },
  INSTITUTE: { ko: '진흥원', en: 'Institute' },
  UNIVERSITY: { ko: '대학', en: 'University' },
  COMPANY: { ko: '기업', en: 'Company' },
  LEARNING_CENTER: { ko: '평생학습관', en: 'Learning centre' },
  MINISTRY: { ko: '중앙부처', en: 'Ministry' },
};
