/** Korean strings of the admin feature (its own i18n namespace, loaded with the feature: src/app/features.ts). */
export const ko = {
  playground: {
    title: 'GraphQL 플레이그라운드',
    intro: '플랫폼 관리자 전용입니다. 모든 요청은 감사 기록에 남습니다.',
    forbidden: '플랫폼 관리자만 사용할 수 있습니다.',
  },
};
