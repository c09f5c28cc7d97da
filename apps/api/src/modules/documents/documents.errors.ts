import type { ErrorCatalog } from '../../core/errors/error-codes';
import type { FieldMessages } from '../../core/errors/app-error';

/** The documents module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const DOCUMENTS_ERRORS = {
  DOCUMENT_NOT_FOUND: { ko: '문서를 찾을 수 없습니다.', en: 'Document not found.' },
  DOCUMENT_FILE_MISSING: { ko: '올릴 파일을 선택하세요.', en: 'Choose a file to upload.' },
  DOCUMENT_TOO_LARGE: { ko: '파일이 너무 큽니다. 25MB 이하로 올려 주세요.', en: 'The file is too large: 25 MB at most.' },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    ko: '올릴 수 없는 파일 형식입니다. PDF, 이미지(PNG·JPG), 한글(HWP·HWPX), 오피스 문서, CSV·TXT만 올릴 수 있습니다.',
    en: 'This kind of file cannot be uploaded: PDF, images (PNG, JPG), Hangul (HWP, HWPX), Office documents, CSV and TXT only.',
  },
  DOCUMENT_TYPE_MISMATCH: {
    ko: '파일 이름의 확장자({extension})와 실제 파일 형식이 다릅니다.',
    en: 'The file’s extension ({extension}) does not match what the file is.',
  },
  DOCUMENT_QUOTA_EXCEEDED: {
    ko: '기관의 문서 저장 공간이 가득 찼습니다({used}MB / {quota}MB). 필요 없는 문서를 정리하거나 플랫폼 관리자에게 공간을 늘려 달라고 요청하세요.',
    en: "Your organization's document storage is full ({used} MB of {quota} MB). Remove documents you no longer need, or ask a platform admin for more space.",
  },
  DOCUMENT_ARCHIVE_INVALID: {
    ko: '{extension} 파일을 열 수 없습니다(파일이 손상되었거나 형식이 맞지 않습니다). 프로그램에서 다시 저장한 뒤 올려 주세요.',
    en: 'The {extension} file cannot be opened (it is damaged or not what it claims to be). Save it again from its program and upload it.',
  },
  DOCUMENT_ARCHIVE_TOO_LARGE: {
    ko: '압축을 풀면 {megabytes}MB를 넘는 파일은 올릴 수 없습니다.',
    en: 'Files that unpack to more than {megabytes} MB cannot be uploaded.',
  },
  DOCUMENT_NAME_INVALID: {
    ko: '파일 이름을 읽을 수 없습니다. 이름을 바꿔 다시 올려 주세요.',
    en: 'The file name cannot be used; rename the file and try again.',
  },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof DOCUMENTS_ERRORS, true> {}
}

/** What the documents module says about a field it refuses (used with `problem(field, constraint, message)`). */
export const DOCUMENTS_FIELDS = {
  recordIdIsUUID: {
    ko: '문서를 붙일 기록(recordType, recordId)을 파일보다 먼저 보내 주세요.',
    en: 'Send recordType and recordId before the file.',
  },
  megabytesRange: { ko: '1MB에서 1,000,000MB 사이로 정하세요.', en: 'Choose between 1 and 1,000,000 MB.' },
} as const satisfies FieldMessages;
