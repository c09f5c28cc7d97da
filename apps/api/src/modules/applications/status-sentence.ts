import { koreanDate } from '../catalogue';

/** What became of an application, in one short Korean sentence (the same words as the applicant's page). */
export function statusSentence(
  v: {
    application: { status: string; reason: string | null };
    target: { selection: string; applyUntil: Date | null; status: string; contactPhone: string | null };
    enrolmentStatus: string | null;
    waitlistPosition: number | null;
  },
  kind = '',
): string {
  const a = v.application;
  if (kind === 'application_cancelled' || a.status === 'CANCELLED') return '신청이 취소되었습니다.';
  if (a.status === 'DECLINED' || a.status === 'NOT_SELECTED') return `선정되지 않았습니다.${a.reason ? ` 사유: ${a.reason}` : ''}`;
  const ask = v.target.contactPhone ? ` 문의 ${v.target.contactPhone}` : '';
  if (v.target.status === 'CANCELLED') return `운영기관 사정으로 강좌가 취소되었습니다. 불편을 드려 죄송합니다.${ask}`;
  if (v.enrolmentStatus === 'DROPPED') return `운영기관이 수강을 취소 처리했습니다. 잘못된 경우 운영기관에 알려 주세요.${ask}`;
  if (a.status === 'PENDING')
    return v.target.selection === 'LOTTERY'
      ? `신청이 접수되었습니다. ${v.target.applyUntil ? `${koreanDate(v.target.applyUntil)} 신청 마감 뒤 ` : ''}추첨합니다.`
      : '신청이 접수되었습니다. 담당자가 검토한 뒤 알려 드립니다.';
  if (v.enrolmentStatus === 'ENROLLED') return '수강이 확정되었습니다.';
  if (v.enrolmentStatus === 'WAITLISTED') return `대기 ${v.waitlistPosition ?? ''}번입니다. 자리가 나면 알려 드립니다.`;
  return '신청 상태가 바뀌었습니다.';
}
