/** Korean strings of the comments feature (its own i18n namespace, loaded with the panel that uses it). */
export const ko = {
  comments: {
    title: '댓글',
    empty: '아직 댓글이 없습니다.',
    write: '댓글 쓰기',
    post: '댓글 등록',
    posted: '댓글을 등록했습니다.',
    mention: '언급할 사람 찾기',
    mentionHelp: '이름을 입력해 고르면 그분께 알림이 갑니다. 이 기록을 볼 수 있는 분만 언급할 수 있습니다.',
    addMention: '언급: {{name}}',
    removeMention: '언급 빼기: {{name}}',
    edited: '수정됨',
    deleted: '삭제된 댓글입니다.',
    edit: '수정',
    save: '저장',
    remove: '삭제',
    removeTitle: '댓글을 삭제할까요?',
    removeConsequence: '삭제한 댓글의 내용은 되돌릴 수 없고, 삭제했다는 표시만 남습니다.',
    removed: '댓글을 삭제했습니다.',
  },
};
