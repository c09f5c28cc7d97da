import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The kpis module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const KPIS_ERRORS = {
  KPI_NOT_FOUND: { ko: '그런 성과지표가 없습니다.', en: 'No such KPI.' },
  KPI_PERIOD_INVALID: {
    ko: '연도는 2020–2100년, 분기는 0(연간)–4 사이로 고르세요.',
    en: 'Choose a year from 2020 to 2100 and a quarter from 0 (the year) to 4.',
  },
  KPI_TARGET_NOT_LEAD: {
    ko: '목표는 사업 주관기관의 관리자만 정할 수 있습니다.',
    en: "Only the lead organization's admins set the stream's targets.",
  },
  KPI_MILESTONE_NOT_FOUND: { ko: '이정표를 찾을 수 없습니다.', en: 'Milestone not found.' },
  KPI_ORGANIZATION_NOT_FOUND: { ko: '기관을 찾을 수 없습니다.', en: 'Organization not found.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof KPIS_ERRORS, true> {}
}
