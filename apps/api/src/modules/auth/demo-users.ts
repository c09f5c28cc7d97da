import type { MembershipRole } from '@lalaland/shared';

export const DEMO_PASSWORD = 'lalaland2025';

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
  {
    email: 'yeonje.admin@lalaland.test',
    displayName: '강연제',
    memberships: [['YEONJE', 'ORG_ADMIN']],
    note: 'ORG_ADMIN, Yeonje-gu (lead of 학습도시 연제: approves its proposals and expenditures)',
  },
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
