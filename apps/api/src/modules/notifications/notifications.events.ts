/** What the notifications module schedules for itself (after commit, through the outbox). */
export interface NotificationEvents {
  /** E-mail one notification now (its person chose IMMEDIATE for its kind). */
  'notification.mail': { notificationId: string };
  /** E-mail a person's digest of what is waiting (scheduled for 08:00 Seoul). */
  'notification.digest': { userId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends NotificationEvents {}
}
