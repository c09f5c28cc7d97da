import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The reports module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const REPORTS_ERRORS = {
  REPORT_NOT_FOUND: { ko: '보고서를 찾을 수 없습니다.', en: 'Report not found.' },
  REPORT_NOT_LEAD: {
    ko: '보고서는 사업 주관기관의 관리자만 만들 수 있습니다.',
    en: "Only the lead organization's admins generate the stream's reports.",
  },
  REPORT_REQUIRED_TO_CLOSE: {
    ko: '{year}년 결과보고서를 먼저 만드세요. 마감하면 그 보고서가 제출본으로 보관됩니다.',
    en: 'Generate the {year} result report first; closing keeps it as submitted.',
  },
  REPORT_FAILED: {
    ko: '보고서를 만들지 못했습니다. 잠시 후 다시 시도해 주세요.',
    en: 'The report could not be generated. Try again shortly.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof REPORTS_ERRORS, true> {}
}
