/** Korean strings of the search feature (its own i18n namespace, loaded with the feature: src/app/features.ts). */
export const ko = {
  search: {
    title: '검색',
    intro: '공지, 업무, 회의, 첨부 문서 이름에서 찾습니다. 볼 수 있는 것만 나옵니다.',
    label: '찾을 말',
    submit: '찾기',
    tooShort: '두 글자 이상 입력하세요.',
    empty: '"{{text}}"(으)로 찾은 것이 없습니다.',
    kinds: { ANNOUNCEMENT: '공지', TASK: '업무', MEETING: '회의', DOCUMENT: '문서' },
  },
};
