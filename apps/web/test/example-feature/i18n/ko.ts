/** Korean strings of the example feature (its own namespace, loaded with its page). */
export const ko = {
  example: {
    title: '예시 메모',
    empty: '아직 메모가 없습니다.',
    text: '메모',
    add: '메모 남기기',
    added: '메모를 남겼습니다.',
  },
};
