import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The documents module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const DOCUMENTS_ERRORS = {
  DOCUMENT_NOT_FOUND: { ko: '문서를 찾을 수 없습니다.', en: 'Document not found.' },
  DOCUMENT_FILE_MISSING: { ko: '올릴 파일을 선택하세요.', en: 'Choose a file to upload.' },
  DOCUMENT_TOO_LARGE: { ko: '파일이 너무 큽니다. 25MB 이하로 올려 주세요.', en: 'The file is too large: 25 MB at most.' },
  DOCUMENT_TYPE_NOT_ALLOWED: {
    ko: '올릴 수 없는 파일 형식입니다. PDF, 이미지(PNG·JPG), 한글(HWP·HWPX), 오피스 문서, CSV·TXT만 올릴 수 있습니다.',
    en: 'This kind of file cannot be uploaded: PDF, images (PNG, JPG), Hangul (HWP, HWPX), Office documents, CSV and TXT only.',
  },
  DOCUMENT_TYPE_MISMATCH: { ko: '파일 이름의 확장자({extension})와 실제 파일 형식이 다릅니다.', en: 'The file’s extension ({extension}) does not match what the file is.' },
  DOCUMENT_NAME_INVALID: { ko: '파일 이름을 읽을 수 없습니다. 이름을 바꿔 다시 올려 주세요.', en: 'The file name cannot be used; rename the file and try again.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof DOCUMENTS_ERRORS, true> {}
}
