/** Korean strings of the admin feature (its own i18n namespace, loaded with the feature: src/app/features.ts). */
export const ko = {
  playground: {
    title: 'GraphQL 플레이그라운드',
    intro: '플랫폼 관리자 전용입니다. 모든 요청은 감사 기록에 남습니다.',
    forbidden: '플랫폼 관리자만 사용할 수 있습니다.',
    desktopOnly: 'GraphQL 플레이그라운드는 편집기와 도구 모음이 넓은 화면을 필요로 합니다. 컴퓨터에서 열어 주세요.',
  },
};
