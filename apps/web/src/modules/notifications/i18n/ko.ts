/** Korean strings of the notifications feature (its own i18n namespace, loaded with the feature: src/app/features.ts). */
export const ko = {
  notifications: {
    title: '알림',
    intro: '승인·반려, 연계 의뢰, 멘토 배정, 업무 요청처럼 나에게 온 소식입니다. 새 알림은 화면을 새로 고치지 않아도 바로 표시됩니다.',
    bell: '알림',
    bellUnread: '알림, 읽지 않은 알림 {{count}}건',
    unreadOnly: '읽지 않은 알림만',
    markAll: '모두 읽음으로 표시',
    markedAll: '모든 알림을 읽음으로 표시했습니다.',
    empty: '알림이 없습니다.',
    unread: '읽지 않음',
    open: '열기',
    live: '새 알림: {{title}}',
    preferences: '메일 받기 설정',
    preferencesIntro:
      '알림 종류마다 메일을 바로 받을지, 매일 아침 8시에 모아서 받을지, 받지 않을지 고르세요. 포털의 알림은 언제나 표시됩니다.',
    kind: '알림 종류',
    email: '메일',
    saved: '메일 받기 설정을 저장했습니다.',
    cards: { recent: '최근 알림', none: '새 알림이 없습니다.', all: '알림 전체 보기' },
  },
};
