import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The funding module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const FUNDING_ERRORS = {
  EXPENDITURE_LINE_OTHER_STREAM: {
    ko: '다른 사업이나 기관의 예산 항목으로 옮길 수 없습니다. 그 사업에 새 지출로 등록하세요.',
    en: "An expenditure cannot move to another stream's or organization's budget line; record it there as a new expenditure.",
  },
  FUNDING_STREAM_NOT_FOUND: { ko: '사업을 찾을 수 없습니다.', en: 'Funding stream not found.' },
  STREAM_MEMBER_NOT_FOUND: { ko: '사업 참여기관을 찾을 수 없습니다.', en: 'Stream member not found.' },
  ALREADY_STREAM_MEMBER: { ko: '이미 이 사업에 참여하는 기관입니다.', en: 'The organization is already in this stream.' },
  NOT_STREAM_MEMBER: {
    ko: '이 사업에 참여하는 기관이 아닙니다. 먼저 참여기관으로 추가하세요.',
    en: 'The organization is not in this stream; add it as a member first.',
  },
  LEAD_CANNOT_BE_REMOVED: { ko: '주관기관은 사업에서 뺄 수 없습니다.', en: "A stream's lead cannot be removed." },
  STREAM_MEMBER_HAS_BUDGET: {
    ko: '예산이 편성된 기관은 뺄 수 없습니다. 종료일을 지정하세요.',
    en: 'The organization has budget lines; set an end date instead.',
  },
  BUDGET_LINE_NOT_FOUND: { ko: '예산 항목을 찾을 수 없습니다.', en: 'Budget line not found.' },
  BUDGET_LINE_EXISTS: {
    ko: '같은 기관·비목·재원의 예산 항목이 이미 있습니다.',
    en: 'A budget line for this organization, category and source already exists.',
  },
  BUDGET_BELOW_EXECUTED: {
    ko: '계획액은 이미 집행된 금액({executed})보다 적을 수 없습니다.',
    en: 'The planned amount cannot be below what is already executed ({executed}).',
  },
  BUDGET_EXCEEDED: {
    ko: '승인하면 예산을 초과합니다. 남은 예산: {remaining}',
    en: 'Approving this would exceed the budget line. Remaining: {remaining}',
  },
  EXPENDITURE_NOT_FOUND: { ko: '집행 내역을 찾을 수 없습니다.', en: 'Expenditure not found.' },
  EXPENDITURE_NOT_EDITABLE: {
    ko: '작성 중이거나 반려된 집행 내역만 고치거나 제출할 수 있습니다.',
    en: 'Only draft or rejected expenditures can be edited or submitted.',
  },
  EXPENDITURE_NOT_SUBMITTED: {
    ko: '제출된 집행 내역만 승인하거나 반려할 수 있습니다.',
    en: 'Only submitted expenditures can be approved or rejected.',
  },
  EXPENDITURE_OUTSIDE_PERIOD: {
    ko: '집행일은 사업 기간({start} ~ {end}) 안이어야 합니다.',
    en: 'The date must be within the stream period ({start} – {end}).',
  },
  DECISION_NOT_UNDOABLE: {
    ko: '결정한 사람이 {minutes}분 안에만 되돌릴 수 있습니다. 이 결정은 그대로 유지됩니다.',
    en: 'Only the admin who decided can take it back, within {minutes} minutes; this decision stands.',
  },
  STREAM_YEAR_EXISTS: { ko: '{year}년 사업은 이미 열려 있습니다.', en: 'The {year} year of this stream is already open.' },
  BUDGET_LINE_DRAFT: {
    ko: '지난해에서 이어온 예산 초안입니다. 주관기관이 참여기관을 확인하면 집행할 수 있습니다.',
    en: 'This line was carried from last year as a draft; it can be spent on once the lead confirms the organization.',
  },
  STREAM_YEAR_NOT_ENDED: {
    ko: '사업 기간({end})이 끝난 뒤에 마감할 수 있습니다.',
    en: 'The year can be closed once its period has ended ({end}).',
  },
  STREAM_YEAR_CLOSED: {
    ko: '마감된 연도입니다. 고치려면 정정 사유를 적으세요.',
    en: 'This year is closed; a change needs a correction reason.',
  },
  STREAM_YEAR_HAS_PENDING: {
    ko: '결정되지 않은 지출 {n}건이 있습니다. 승인하거나 반려한 뒤 마감하세요.',
    en: '{n} submitted expenditures await a decision; approve or reject them before closing.',
  },
  SETTLEMENT_MISMATCH: {
    ko: '{source}: 반납액과 이월액의 합이 남은 금액({remaining})과 같아야 합니다.',
    en: '{source}: returned plus carried over must equal what remains ({remaining}).',
  },
  REJECT_REASON_REQUIRED: { ko: '반려 사유를 입력하세요.', en: 'Please give a reason for rejecting.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof FUNDING_ERRORS, true> {}
}

/** What the funding module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const FUNDING_FIELDS = {
  reasonIsNotEmpty: { ko: '반려 사유를 입력하세요.', en: 'Please give a reason.' },
  endsOnMin: { ko: '종료일은 시작일 이후여야 합니다.', en: 'The end date must be after the start date.' },
  settlementSum: { ko: '반납액과 이월액의 합이 남은 금액과 같아야 합니다.', en: 'Returned plus carried over must equal what remains.' },
  settlementReason: { ko: '반납하거나 이월하는 사유를 적으세요.', en: 'Say why the money is returned or carried over.' },
} as const satisfies FieldMessages;
