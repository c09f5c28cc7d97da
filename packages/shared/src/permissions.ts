/**
 * Permission constants. Every GraphQL operation declares exactly one of these (or is marked public);
 * the API refuses to boot when an operation declares none. Roles map to permission sets below.
 */
export const Permission = {
  /** Any signed-in user acting for themself: me, sign out, change password, switch organization. */
  Self: 'self',
  OrganizationRead: 'organization:read',
  OrganizationCreate: 'organization:create',
  OrganizationUpdate: 'organization:update',
  MemberRead: 'member:read',
  MemberManage: 'member:manage',
  AuditRead: 'audit:read',
  /** See funding streams the active organization belongs to (a ministry sees every stream's totals). */
  FundingRead: 'funding:read',
  /** Draft and submit expenditures of the active organization. */
  ExpenditureWrite: 'expenditure:write',
  /** A stream lead's admins: stream members, budget lines, approving and rejecting expenditures. */
  FundingManage: 'funding:manage',
  /** See the programmes, sessions, venues and instructors of the streams the active organization is in (rosters show pseudonyms). */
  ProgrammeRead: 'programme:read',
  /** Create and run programmes, sessions, venues and instructors of the active organization. */
  ProgrammeWrite: 'programme:write',
  /** Register participants with consent, enrol them, take attendance, import and export rosters; read the personal data the organization holds (each read is logged). */
  ParticipantManage: 'participant:manage',
  /** A stream lead's admins: approve or return proposed programmes. */
  ProgrammeApprove: 'programme:approve',
  /** Coordination: read tasks, announcements and one's own notifications. */
  CoordinationRead: 'coordination:read',
  /** Coordination: ask and work tasks, post announcements to the organization's streams. */
  CoordinationWrite: 'coordination:write',
  /** KPIs: the dictionary, dashboards and reports of the streams the organization is in (figures, never people). */
  KpisRead: 'kpis:read',
  /** A stream lead's admins: KPI targets, milestones and the Ministry result report. */
  KpisManage: 'kpis:manage',
  /** An organization's admins: machine credentials (API keys) for the organization's own systems. */
  ApiKeyManage: 'apikey:manage',
  /** Introspection and the admin GraphQL playground. */
  Playground: 'admin:playground',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

export const MembershipRole = {
  OrgAdmin: 'ORG_ADMIN',
  Staff: 'STAFF',
  Viewer: 'VIEWER',
} as const;
export type MembershipRole = (typeof MembershipRole)[keyof typeof MembershipRole];
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = Object.values(MembershipRole);

export const MEMBERSHIP_ROLE_LABELS: Readonly<Record<MembershipRole, { ko: string; en: string }>> = {
  ORG_ADMIN: { ko: '기관 관리자', en: 'Org admin' },
  STAFF: { ko: '담당자', en: 'Staff' },
  VIEWER: { ko: '열람자', en: 'Viewer' },
};

const VIEWER: readonly Permission[] = [
  Permission.Self,
  Permission.OrganizationRead,
  Permission.MemberRead,
  Permission.FundingRead,
  Permission.ProgrammeRead,
  Permission.CoordinationRead,
  Permission.KpisRead,
];
const STAFF: readonly Permission[] = [
  ...VIEWER,
  Permission.ExpenditureWrite,
  Permission.ProgrammeWrite,
  Permission.ParticipantManage,
  Permission.CoordinationWrite,
];
const ORG_ADMIN: readonly Permission[] = [
  ...STAFF,
  Permission.MemberManage,
  Permission.AuditRead,
  Permission.FundingManage,
  Permission.ProgrammeApprove,
  Permission.KpisManage,
  Permission.ApiKeyManage,
];

export const ROLE_PERMISSIONS: Readonly<Record<MembershipRole, readonly Permission[]>> = {
  VIEWER,
  STAFF,
  ORG_ADMIN,
};

/** Permissions of a user: those of their role in the active organization, or every one for a platform admin. */
export function permissionsFor(role: MembershipRole | null, isPlatformAdmin: boolean): Permission[] {
  if (isPlatformAdmin) return [...ALL_PERMISSIONS];
  if (!role) return [Permission.Self, Permission.OrganizationRead];
  return [...ROLE_PERMISSIONS[role]];
}

/**
 * What an API key may be given (a machine pushing attendance, a reporting tool pulling figures). Never: managing
 * members, keys, approvals, targets, the playground or one's own account. A key acts with the intersection of these,
 * the permissions it was given and its creator's current role in the organization.
 */
export const API_KEY_PERMISSIONS = [
  Permission.OrganizationRead,
  Permission.FundingRead,
  Permission.ExpenditureWrite,
  Permission.ProgrammeRead,
  Permission.ProgrammeWrite,
  Permission.ParticipantManage,
  Permission.CoordinationRead,
  Permission.CoordinationWrite,
  Permission.KpisRead,
] as const satisfies readonly Permission[];
export type ApiKeyPermission = (typeof API_KEY_PERMISSIONS)[number];

export const API_KEY_PERMISSION_LABELS: Readonly<Record<ApiKeyPermission, { ko: string; en: string }>> = {
  'organization:read': { ko: '기관 목록 읽기', en: 'Read organizations' },
  'funding:read': { ko: '예산 읽기', en: 'Read budgets' },
  'expenditure:write': { ko: '지출 작성', en: 'Write expenditures' },
  'programme:read': { ko: '프로그램·회차 읽기', en: 'Read programmes and sessions' },
  'programme:write': { ko: '프로그램·회차 쓰기', en: 'Write programmes and sessions' },
  'participant:manage': {
    ko: '참여자·신청·출석 관리 (개인정보 열람은 기록됨)',
    en: 'Participants, enrolment, attendance (personal-data reads are logged)',
  },
  'coordination:read': { ko: '업무·공지 읽기', en: 'Read tasks and announcements' },
  'coordination:write': { ko: '업무·공지 쓰기', en: 'Write tasks and announcements' },
  'kpis:read': { ko: '성과 지표·보고서 읽기', en: 'Read KPIs and reports' },
};
