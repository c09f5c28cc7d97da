/** Coordination: notifications (bell, live, e-mail) and tasks across organizations. */

/** What a notification is about: one kind per thing a person is told. */
export const NOTIFICATION_KINDS = [
  'PROGRAMME_DECIDED',
  'EXPENDITURE_DECIDED',
  'REFERRAL_RECEIVED',
  'REFERRAL_DECIDED',
  'MENTOR_ASSIGNED',
  'MENTOR_RESPONDED',
  'TASK_ASSIGNED',
  'TASK_DUE',
  'TASK_DONE',
  'ANNOUNCEMENT',
  'MEETING_INVITED',
  'MENTION',
  'FOLLOW_UP_DUE',
  'TEXTS_NOT_SENT',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, { ko: string; en: string }>> = {
  PROGRAMME_DECIDED: { ko: '프로그램 승인·반려', en: 'Programme approved or returned' },
  EXPENDITURE_DECIDED: { ko: '지출 승인·반려', en: 'Expenditure approved or rejected' },
  REFERRAL_RECEIVED: { ko: '의뢰 접수 요청', en: 'Referral received' },
  REFERRAL_DECIDED: { ko: '의뢰 처리 결과', en: 'Referral accepted or declined' },
  MENTOR_ASSIGNED: { ko: '멘토 배정 요청', en: 'Mentor assigned' },
  MENTOR_RESPONDED: { ko: '멘토 배정 응답', en: 'Mentor confirmed or declined' },
  TASK_ASSIGNED: { ko: '업무 배정', en: 'Task assigned' },
  TASK_DUE: { ko: '업무 마감 임박', en: 'Task due soon' },
  TASK_DONE: { ko: '업무 완료', en: 'Task completed' },
  ANNOUNCEMENT: { ko: '공지', en: 'Announcement' },
  MEETING_INVITED: { ko: '회의 초대', en: 'Meeting invitation' },
  MENTION: { ko: '나를 언급한 댓글', en: 'Mentioned in a comment' },
  FOLLOW_UP_DUE: { ko: '사후 관리 예정일', en: 'Follow-up due' },
  TEXTS_NOT_SENT: { ko: '문자 예산 초과로 미발송', en: 'Texts not sent (budget spent)' },
};

/** How a person wants e-mail of one kind: at once, in the morning's digest (08:00 Seoul), or not at all. */
export const EMAIL_CHANNELS = ['IMMEDIATE', 'DIGEST', 'OFF'] as const;
export type EmailChannel = (typeof EMAIL_CHANNELS)[number];
export const EMAIL_CHANNEL_LABELS: Readonly<Record<EmailChannel, { ko: string; en: string }>> = {
  IMMEDIATE: { ko: '즉시', en: 'Immediately' },
  DIGEST: { ko: '매일 아침 모아서', en: 'Daily digest' },
  OFF: { ko: '받지 않음', en: 'Off' },
};
/** What needs someone's action is sent at once; news waits for the digest. */
export const DEFAULT_EMAIL_CHANNEL: Readonly<Record<NotificationKind, EmailChannel>> = {
  PROGRAMME_DECIDED: 'IMMEDIATE',
  EXPENDITURE_DECIDED: 'IMMEDIATE',
  REFERRAL_RECEIVED: 'IMMEDIATE',
  REFERRAL_DECIDED: 'DIGEST',
  MENTOR_ASSIGNED: 'IMMEDIATE',
  MENTOR_RESPONDED: 'DIGEST',
  TASK_ASSIGNED: 'IMMEDIATE',
  TASK_DUE: 'IMMEDIATE',
  TASK_DONE: 'DIGEST',
  ANNOUNCEMENT: 'DIGEST',
  MEETING_INVITED: 'IMMEDIATE',
  MENTION: 'IMMEDIATE',
  FOLLOW_UP_DUE: 'DIGEST',
  TEXTS_NOT_SENT: 'IMMEDIATE',
};

/** OPEN → IN_PROGRESS → DONE; OPEN or IN_PROGRESS → CANCELLED; DONE may be reopened. */
export const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, { ko: string; en: string }>> = {
  OPEN: { ko: '할 일', en: 'Open' },
  IN_PROGRESS: { ko: '진행 중', en: 'In progress' },
  DONE: { ko: '완료', en: 'Done' },
  CANCELLED: { ko: '취소', en: 'Cancelled' },
};
/** Which steps a task may take from each status (one definition for the API and the portal). */
export const TASK_STEPS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'CANCELLED'],
  DONE: ['IN_PROGRESS'],
  CANCELLED: [],
};
export const TASK_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const TASK_PRIORITY_LABELS: Readonly<Record<TaskPriority, { ko: string; en: string }>> = {
  LOW: { ko: '낮음', en: 'Low' },
  NORMAL: { ko: '보통', en: 'Normal' },
  HIGH: { ko: '높음', en: 'High' },
  URGENT: { ko: '긴급', en: 'Urgent' },
};
/** Records a task can point at (the portal links to them). */
export const TASK_RECORD_TYPES = ['PROGRAMME', 'EXPENDITURE', 'REFERRAL', 'ACTIVITY', 'OPENING', 'MEETING'] as const;
export type TaskRecordType = (typeof TASK_RECORD_TYPES)[number];

/** Records a document can be attached to; who sees the document follows the record. */
export const DOCUMENT_RECORD_TYPES = ['EXPENDITURE', 'PROGRAMME', 'REFERRAL', 'TASK', 'ANNOUNCEMENT', 'MEETING', 'REPORT'] as const;
export type DocumentRecordType = (typeof DOCUMENT_RECORD_TYPES)[number];
/** The largest document accepted, in bytes (25 MB). */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

/** An announcement stays on top until this many days at most (a pinned date further away is refused). */
export const ANNOUNCEMENT_PIN_MAX_DAYS = 366;

/** Records people comment on (with @mentions); who reads the comments follows the record. */
export const COMMENT_RECORD_TYPES = ['PROGRAMME', 'EXPENDITURE', 'REFERRAL', 'MEETING', 'TASK'] as const;
export type CommentRecordType = (typeof COMMENT_RECORD_TYPES)[number];
/** How long the author may still edit a comment (minutes); deleting one's own is always possible, and leaves a trace. */
export const COMMENT_EDIT_MINUTES = 60;

/** The consortium council (협의회), a working group, or another meeting. */
export const MEETING_KINDS = ['COUNCIL', 'WORKING_GROUP', 'OTHER'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, { ko: string; en: string }>> = {
  COUNCIL: { ko: '협의회', en: 'Council' },
  WORKING_GROUP: { ko: '실무 협의', en: 'Working group' },
  OTHER: { ko: '기타 회의', en: 'Other meeting' },
};

/** What search finds, in the order the portal offers them (each named by AUDIT_ENTITY_LABELS under its lower-case name). */
export const SEARCH_KINDS = [
  'PROGRAMME',
  'PARTICIPANT',
  'MENTOR',
  'REFERRAL',
  'ACTIVITY',
  'OPENING',
  'VENUE',
  'ANNOUNCEMENT',
  'TASK',
  'MEETING',
  'DOCUMENT',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
