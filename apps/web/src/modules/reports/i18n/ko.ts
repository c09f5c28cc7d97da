/** Korean strings of the reports feature (the Ministry result report, the national statistics). */
export const ko = {
  reports: {
    title: '결과보고서',
    intro:
      '사업의 한 해를 교육부 결과보고서(엑셀·PDF)와 평생교육 통계 제출자료(엑셀)로 만듭니다. 수치는 대시보드와 같고, 5명 미만 칸은 가립니다. 만드는 동안 다른 일을 하셔도 됩니다.',
    stream: '사업',
    year: '연도',
    kind: '종류',
    narrative: '사업 성과 서술',
    narrativeHelp: '보고서 끝에 그대로 들어갑니다(최대 20,000자).',
    generate: '보고서 만들기',
    requested: '보고서를 만들기 시작했습니다. 아래에서 진행 상황을 볼 수 있습니다.',
    runs: '만든 보고서',
    none: '아직 만든 보고서가 없습니다.',
    status_QUEUED: '대기 중',
    status_RUNNING: '만드는 중',
    status_DONE: '완료',
    status_FAILED: '실패',
    progress: '{{n}}% 진행',
    files: '파일',
    notAllowed: '보고서는 사업 주관기관과 교육부만 볼 수 있습니다.',
    failed: '보고서를 만들지 못했습니다. 잠시 뒤 다시 만들어 보세요.',
    requestedAt: '요청',
  },
};
