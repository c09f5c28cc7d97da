/** What the reports module announces. */
export interface ReportEvents {
  /** A report was asked for: it is generated after commit, in the background. */
  'report.requested': { runId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends ReportEvents {}
}
