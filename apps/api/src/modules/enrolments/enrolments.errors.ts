import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The enrolments module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const ENROLMENTS_ERRORS = {
  ENROLMENT_NOT_FOUND: { ko: '수강 신청을 찾을 수 없습니다.', en: 'Enrolment not found.' },
  PARTICIPANT_MERGE_CONFLICT: {
    ko: '두 기록이 같은 과정에 함께 등록되어 있어 합칠 수 없습니다: {titles}. 한쪽의 수강을 먼저 포기 처리하세요.',
    en: 'Both records are on the roster of: {titles}. Drop one of the two enrolments first, then merge.',
  },
  ALREADY_ENROLLED: { ko: '이미 이 프로그램에 신청한 참여자입니다.', en: 'This participant is already enrolled in the programme.' },
  PROGRAMME_NOT_ENROLLABLE: {
    ko: '승인·모집·운영 중인 프로그램에만 신청할 수 있습니다.',
    en: 'Only approved, recruiting or running programmes take enrolments.',
  },
  ILLEGAL_ENROLMENT_CHANGE: { ko: '{from} 상태에서 {to}(으)로 바꿀 수 없습니다.', en: 'An enrolment cannot go from {from} to {to}.' },
  CHECK_IN_SESSION_UNAVAILABLE: {
    ko: '이 출석 QR 코드는 쓸 수 없습니다. 수업 화면에 보이는 새 QR 코드를 다시 찍어 주세요.',
    en: 'This check-in code cannot be used. Scan the new QR code shown at the class.',
  },
  CHECK_IN_NOT_ENROLLED: {
    ko: '{title} 수강생 명단에 없는 번호입니다. 신청하신 번호로 로그인했는지 확인하거나 강사에게 말씀해 주세요.',
    en: 'This number is not on the roster of {title}. Check the number you signed in with, or tell the instructor.',
  },
  CHECK_IN_TOO_EARLY: {
    ko: '아직 출석할 수 없습니다. 수업 시작 {minutes}분 전부터 출석할 수 있습니다.',
    en: 'Too early: check-in opens {minutes} minutes before the class starts.',
  },
  CHECK_IN_TOO_LATE: {
    ko: '출석 시간이 지났습니다. 강사에게 말씀해 주세요.',
    en: 'Check-in has closed for this class. Please tell the instructor.',
  },
  NOT_ON_ROSTER: { ko: '이 회차의 수강생이 아닙니다.', en: 'Not on the roster of this session.' },
  CERTIFICATE_NOT_FOUND: { ko: '수료증을 찾을 수 없습니다. 코드를 확인하세요.', en: 'No certificate has this code.' },
  IMPORT_FILE_INVALID: {
    ko: '파일을 읽을 수 없습니다. 내려받은 양식(XLSX 또는 CSV)을 사용하세요.',
    en: 'The file cannot be read; use the XLSX or CSV template.',
  },
  IMPORT_HAS_ERRORS: {
    ko: '오류가 있는 행이 {count}개 있어 아무것도 저장하지 않았습니다.',
    en: '{count} rows have errors; nothing was saved.',
  },
  IMPORT_COLUMNS_MISSING: {
    ko: '필수 열이 없습니다: {columns}. 내려받은 양식의 첫 행을 그대로 두세요.',
    en: 'Required columns are missing: {columns}. Keep the first row of the template.',
  },
  IMPORT_TOO_MANY_ROWS: {
    ko: '한 번에 {max}행까지 올릴 수 있습니다 (이 파일: {rows}행).',
    en: 'At most {max} rows per upload (this file: {rows}).',
  },
  IMPORT_TOO_MANY_COLUMNS: {
    ko: '양식의 열({max}개)을 넘는 칸에 값이 있습니다. 내려받은 양식의 열만 사용하세요.',
    en: "A cell beyond the template's columns ({max}) has a value; use the template's columns only.",
  },
  IMPORT_CELL_TOO_LONG: { ko: '{max}자를 넘는 칸이 있습니다.', en: 'A cell is longer than {max} characters.' },
  IMPORT_TOO_LARGE_UNCOMPRESSED: {
    ko: '압축을 푼 파일이 너무 큽니다 (최대 {max}MB).',
    en: 'The file is too large once uncompressed (at most {max} MB).',
  },
  IMPORT_FILE_TOO_COMPLEX: {
    ko: '파일을 읽는 데 시간이나 메모리가 너무 많이 듭니다. 내려받은 양식에 값만 붙여 넣어 다시 올리세요.',
    en: 'Reading the file takes too much time or memory; paste the values into the template and upload again.',
  },
  IMPORT_BUSY: {
    ko: '지금 처리 중인 파일이 많습니다. 잠시 후 다시 올리세요.',
    en: 'Too many files are being processed; upload again in a moment.',
  },
  IMPORT_TOO_LARGE: { ko: '파일이 너무 큽니다 (최대 {max}MB).', en: 'The file is too large (at most {max} MB).' },
  IMPORT_VALUE_REQUIRED: { ko: '{column} 값을 입력하세요.', en: '{column} is required.' },
  IMPORT_VALUE_INVALID: { ko: '{column} 값이 올바르지 않습니다: "{value}"', en: '{column} has an invalid value: "{value}"' },
  IMPORT_SESSION_UNKNOWN: {
    ko: '"{column}" 열에 맞는 회차가 이 프로그램에 없습니다.',
    en: 'The programme has no session for the column "{column}".',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof ENROLMENTS_ERRORS, true> {}
}

/** What the enrolments module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const ENROLMENTS_FIELDS = {
  reasonMaxLength: { ko: '사유는 500자까지 적을 수 있습니다.', en: 'The reason may have at most 500 characters.' },
  entriesUnique: { ko: '같은 수강생이 두 번 있습니다.', en: 'A roster line appears twice.' },
  retentionUntilIsDateString: { ko: '보유 기한을 YYYY-MM-DD로 입력하세요.', en: 'Give the retention date as YYYY-MM-DD.' },
} as const satisfies FieldMessages;
