/** Korean strings of the documents feature (its own i18n namespace, loaded with the panel that uses it). */
export const ko = {
  documents: {
    title: '첨부 문서',
    empty: '첨부한 문서가 없습니다.',
    choose: '올릴 파일',
    chooseHelp: 'PDF, 이미지(PNG·JPG), 한글(HWP·HWPX), 오피스 문서, CSV·TXT · 25MB 이하',
    personal: '개인정보가 들어 있는 문서입니다 (내려받을 때마다 기록됩니다)',
    upload: '올리기',
    uploading: '올리는 중…',
    uploaded: '{{name}} 문서를 올렸습니다.',
    download: '내려받기: {{name}}',
    version: '{{version}}판',
    personalBadge: '개인정보',
    open: '증빙 문서',
    openFor: '증빙 문서: {{name}}',
  },
};
