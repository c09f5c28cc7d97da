/** Korean strings of the shell (name, navigation, common words); each feature has its own namespace in modules/<feature>/i18n. */
export const ko = {
  app: { name: 'LA-LA LAnd', tagline: '부산 평생학습 협업 플랫폼', skipToContent: '본문 바로가기' },
  nav: { programmes: '프로그램', calendar: '일정', places: '장소·강사', participants: '참여자', checkIn: '출석 코드', organizations: '기관 디렉터리', funding: '사업·예산', approvals: '승인 대기', account: '내 계정', playground: 'GraphQL 플레이그라운드', main: '주 메뉴' },
  lang: { label: '언어', ko: '한국어', en: 'English' },
  common: {
    loading: '불러오는 중…',
    retry: '다시 시도',
    save: '저장',
    cancel: '취소',
    close: '닫기',
    back: '뒤로',
    none: '없음',
    pageControl: { previous: '이전 페이지', next: '다음 페이지', first: '첫 페이지', last: '마지막 페이지' },
    page: '페이지',
    errorTitle: '문제가 발생했습니다',
    networkError: '서버에 연결할 수 없습니다. 네트워크를 확인하고 다시 시도하세요.',
    sample: '샘플',
    total: '총 {{count}}곳',
  },
  notFound: { title: '페이지를 찾을 수 없습니다', home: '처음으로' },
};
