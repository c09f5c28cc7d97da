/**
 * Typed error codes with Korean and English messages. A client's mistake gets one of these codes
 * (never INTERNAL_SERVER_ERROR, never HTTP 500). Modules add their codes here, grouped by module.
 */
export const ERRORS = {
  // core
  UNAUTHENTICATED: { ko: '로그인이 필요합니다.', en: 'Please sign in.' },
  SESSION_EXPIRED: { ko: '30분 동안 활동이 없어 로그아웃되었습니다. 다시 로그인하세요.', en: 'You were signed out after 30 idle minutes. Please sign in again.' },
  FORBIDDEN: { ko: '이 작업을 할 권한이 없습니다.', en: 'You do not have permission to do this.' },
  VALIDATION_FAILED: { ko: '입력값을 확인하세요.', en: 'Please check the values you entered.' },
  BAD_REQUEST: { ko: '잘못된 요청입니다.', en: 'The request is malformed.' },
  QUERY_TOO_COMPLEX: { ko: '요청이 너무 복잡합니다. 나누어 요청하세요.', en: 'The query is too complex; split it into smaller ones.' },
  INTROSPECTION_FORBIDDEN: { ko: '스키마 조회는 플랫폼 관리자만 할 수 있습니다.', en: 'Only platform admins may introspect the schema.' },
  INTERNAL_SERVER_ERROR: { ko: '서버에서 오류가 발생했습니다. 잠시 후 다시 시도하세요.', en: 'Something went wrong on the server. Please try again shortly.' },
  // auth
  INVALID_CREDENTIALS: { ko: '이메일 또는 비밀번호가 올바르지 않습니다.', en: 'The e-mail or password is incorrect.' },
  ACCOUNT_LOCKED: { ko: '로그인 실패가 반복되어 계정이 잠시 잠겼습니다. {minutes}분 후 다시 시도하세요.', en: 'Too many failed sign-ins; the account is locked. Try again in {minutes} minutes.' },
  WRONG_PASSWORD: { ko: '현재 비밀번호가 올바르지 않습니다.', en: 'The current password is incorrect.' },
  PASSWORD_POLICY: { ko: '비밀번호는 10자 이상이며 영문자와 숫자를 모두 포함해야 합니다.', en: 'Passwords need at least 10 characters with both letters and digits.' },
  INVITATION_INVALID: { ko: '초대 링크가 유효하지 않거나 만료되었습니다.', en: 'The invitation link is invalid or has expired.' },
  // organizations
  ORGANIZATION_NOT_FOUND: { ko: '기관을 찾을 수 없습니다.', en: 'Organization not found.' },
  ORGANIZATION_CODE_TAKEN: { ko: '이미 사용 중인 기관 코드입니다.', en: 'That organization code is already in use.' },
  ORGANIZATION_PARENT_INVALID: { ko: '상위 기관을 자기 자신이나 하위 기관으로 지정할 수 없습니다.', en: 'An organization cannot be its own parent or descendant.' },
  // members
  MEMBERSHIP_NOT_FOUND: { ko: '구성원을 찾을 수 없습니다.', en: 'Member not found.' },
  ALREADY_MEMBER: { ko: '이미 이 기관의 구성원입니다.', en: 'This person is already a member of the organization.' },
  LAST_ADMIN: { ko: '기관 관리자가 최소 한 명은 있어야 합니다.', en: 'An organization needs at least one admin.' },
  // funding
  FUNDING_STREAM_NOT_FOUND: { ko: '사업을 찾을 수 없습니다.', en: 'Funding stream not found.' },
  STREAM_MEMBER_NOT_FOUND: { ko: '사업 참여기관을 찾을 수 없습니다.', en: 'Stream member not found.' },
  ALREADY_STREAM_MEMBER: { ko: '이미 이 사업에 참여하는 기관입니다.', en: 'The organization is already in this stream.' },
  NOT_STREAM_MEMBER: { ko: '이 사업에 참여하는 기관이 아닙니다. 먼저 참여기관으로 추가하세요.', en: 'The organization is not in this stream; add it as a member first.' },
  LEAD_CANNOT_BE_REMOVED: { ko: '주관기관은 사업에서 뺄 수 없습니다.', en: "A stream's lead cannot be removed." },
  STREAM_MEMBER_HAS_BUDGET: { ko: '예산이 편성된 기관은 뺄 수 없습니다. 종료일을 지정하세요.', en: 'The organization has budget lines; set an end date instead.' },
  BUDGET_LINE_NOT_FOUND: { ko: '예산 항목을 찾을 수 없습니다.', en: 'Budget line not found.' },
  BUDGET_LINE_EXISTS: { ko: '같은 기관·비목·재원의 예산 항목이 이미 있습니다.', en: 'A budget line for this organization, category and source already exists.' },
  BUDGET_BELOW_EXECUTED: { ko: '계획액은 이미 집행된 금액({executed})보다 적을 수 없습니다.', en: 'The planned amount cannot be below what is already executed ({executed}).' },
  BUDGET_EXCEEDED: { ko: '승인하면 예산을 초과합니다. 남은 예산: {remaining}', en: 'Approving this would exceed the budget line. Remaining: {remaining}' },
  EXPENDITURE_NOT_FOUND: { ko: '집행 내역을 찾을 수 없습니다.', en: 'Expenditure not found.' },
  EXPENDITURE_NOT_EDITABLE: { ko: '작성 중이거나 반려된 집행 내역만 고치거나 제출할 수 있습니다.', en: 'Only draft or rejected expenditures can be edited or submitted.' },
  EXPENDITURE_NOT_SUBMITTED: { ko: '제출된 집행 내역만 승인하거나 반려할 수 있습니다.', en: 'Only submitted expenditures can be approved or rejected.' },
  EXPENDITURE_OUTSIDE_PERIOD: { ko: '집행일은 사업 기간({start} ~ {end}) 안이어야 합니다.', en: 'The date must be within the stream period ({start} – {end}).' },
  REJECT_REASON_REQUIRED: { ko: '반려 사유를 입력하세요.', en: 'Please give a reason for rejecting.' },
  // programmes
  PROGRAMME_NOT_FOUND: { ko: '프로그램을 찾을 수 없습니다.', en: 'Programme not found.' },
  INITIATIVE_NOT_FOUND: { ko: '세부 사업을 찾을 수 없습니다.', en: 'Initiative not found.' },
  STREAM_FIELD_INVALID: { ko: '이 사업의 분야가 아닙니다.', en: "The field is not one of this stream's fields." },
  PARENT_PROGRAMME_INVALID: { ko: '상위 프로그램은 같은 세부 사업의 최상위 프로그램이어야 합니다.', en: 'A parent must be a top-level programme of the same initiative.' },
  COHOST_NOT_IN_STREAM: { ko: '공동 운영기관은 이 사업의 참여기관이어야 합니다.', en: 'Co-hosts must be members of the stream.' },
  PROGRAMME_NOT_EDITABLE: { ko: '현재 상태({status})에서는 프로그램을 고칠 수 없습니다.', en: 'The programme cannot be changed in its current state ({status}).' },
  ILLEGAL_TRANSITION: { ko: '{from}에서 {to}(으)로 바꿀 수 없습니다.', en: 'A programme cannot go from {from} to {to}.' },
  RETURN_COMMENT_REQUIRED: { ko: '보완 요청 사유를 입력하세요.', en: 'Please say what needs to change.' },
  CAPACITY_BELOW_ENROLLED: { ko: '정원은 이미 등록된 인원({taken}명)보다 적을 수 없습니다.', en: 'Capacity cannot be below the seats already taken ({taken}).' },
  SESSION_NOT_FOUND: { ko: '회차를 찾을 수 없습니다.', en: 'Session not found.' },
  SESSION_TIME_INVALID: { ko: '종료 시각은 시작 시각 이후여야 합니다.', en: 'A session must end after it starts.' },
  SESSION_PLACE_REQUIRED: { ko: '장소 또는 온라인 주소를 지정하세요.', en: 'Give a venue or an online link.' },
  SESSION_HAS_ATTENDANCE: { ko: '출석이 기록된 회차는 지울 수 없습니다.', en: 'A session with attendance cannot be deleted.' },
  VENUE_CONFLICT: { ko: '장소가 이미 예약되어 있습니다: {programme} ({start}–{end})', en: 'The venue is already booked: {programme} ({start}–{end})' },
  VENUE_NOT_FOUND: { ko: '장소를 찾을 수 없습니다.', en: 'Venue not found.' },
  INSTRUCTOR_NOT_FOUND: { ko: '강사를 찾을 수 없습니다.', en: 'Instructor not found.' },
  CHECK_IN_CODE_INVALID: { ko: '출석 코드가 올바르지 않습니다.', en: 'That check-in code is not valid.' },
  // participants
  PARTICIPANT_NOT_FOUND: { ko: '참여자를 찾을 수 없습니다.', en: 'Participant not found.' },
  PARTICIPANT_EXISTS: { ko: '같은 이름과 전화번호의 참여자가 이미 있습니다 ({key}).', en: 'A participant with this name and phone number already exists ({key}).' },
  CONSENT_REQUIRED: { ko: '개인정보 수집·이용 동의가 있어야 합니다.', en: 'Consent to collect and use personal data is required.' },
  CONSENT_NOT_FOUND: { ko: '동의 기록을 찾을 수 없습니다.', en: 'Consent record not found.' },
  // enrolments
  ENROLMENT_NOT_FOUND: { ko: '수강 신청을 찾을 수 없습니다.', en: 'Enrolment not found.' },
  ALREADY_ENROLLED: { ko: '이미 이 프로그램에 신청한 참여자입니다.', en: 'This participant is already enrolled in the programme.' },
  PROGRAMME_NOT_ENROLLABLE: { ko: '승인·모집·운영 중인 프로그램에만 신청할 수 있습니다.', en: 'Only approved, recruiting or running programmes take enrolments.' },
  ILLEGAL_ENROLMENT_CHANGE: { ko: '{from} 상태에서 {to}(으)로 바꿀 수 없습니다.', en: 'An enrolment cannot go from {from} to {to}.' },
  NOT_ON_ROSTER: { ko: '이 회차의 수강생이 아닙니다.', en: 'Not on the roster of this session.' },
  CERTIFICATE_NOT_FOUND: { ko: '수료증을 찾을 수 없습니다. 코드를 확인하세요.', en: 'No certificate has this code.' },
  // import
  IMPORT_FILE_INVALID: { ko: '파일을 읽을 수 없습니다. 내려받은 양식(XLSX 또는 CSV)을 사용하세요.', en: 'The file cannot be read; use the XLSX or CSV template.' },
  IMPORT_HAS_ERRORS: { ko: '오류가 있는 행이 {count}개 있어 아무것도 저장하지 않았습니다.', en: '{count} rows have errors; nothing was saved.' },
  IMPORT_COLUMNS_MISSING: { ko: '필수 열이 없습니다: {columns}. 내려받은 양식의 첫 행을 그대로 두세요.', en: 'Required columns are missing: {columns}. Keep the first row of the template.' },
  IMPORT_TOO_MANY_ROWS: { ko: '한 번에 {max}행까지 올릴 수 있습니다 (이 파일: {rows}행).', en: 'At most {max} rows per upload (this file: {rows}).' },
  IMPORT_TOO_LARGE: { ko: '파일이 너무 큽니다 (최대 {max}MB).', en: 'The file is too large (at most {max} MB).' },
  IMPORT_VALUE_REQUIRED: { ko: '{column} 값을 입력하세요.', en: '{column} is required.' },
  IMPORT_VALUE_INVALID: { ko: '{column} 값이 올바르지 않습니다: "{value}"', en: '{column} has an invalid value: "{value}"' },
  IMPORT_SESSION_UNKNOWN: { ko: '"{column}" 열에 맞는 회차가 이 프로그램에 없습니다.', en: 'The programme has no session for the column "{column}".' },
} as const satisfies Record<string, { ko: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;
