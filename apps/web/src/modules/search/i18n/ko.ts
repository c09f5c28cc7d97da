/** Korean strings of the search feature (its own i18n namespace, loaded with the feature: src/app/features.ts). */
export const ko = {
  search: {
    title: '검색',
    intro:
      '프로그램, 참여자, 멘토, 연계 의뢰, 활동, 일자리·활동 기회, 장소, 공지, 업무, 회의, 첨부 문서에서 찾습니다. 볼 수 있는 것만 나옵니다.',
    label: '찾을 말',
    hint: '두 글자 이상의 낱말, 또는 참여자 식별번호(예: P7K3QX9A). 참여자 이름이 보이면 열람 기록이 남습니다.',
    kind: '종류',
    allKinds: '전체',
    submit: '찾기',
    tooShort: '두 글자 이상 입력하세요.',
    empty: '"{{text}}"(으)로 찾은 것이 없습니다.',
    count: '{{n}}건을 찾았습니다. 제목이 꼭 맞는 것부터 보입니다.',
    countMore: '{{n}}건까지 보입니다. 종류를 고르거나 낱말을 더하면 좁혀집니다.',
  },
};
