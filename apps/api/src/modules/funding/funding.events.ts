/** What the funding module announces (inside the transaction that changed the expenditure, its row locked). */
export interface FundingEvents {
  /**
   * The lead approved or rejected a submitted expenditure. Published for after the undo window
   * (UNDO_DECISION_MINUTES): a handler checks `decisionStands` first, so a decision taken back is never announced.
   */
  /** The lead opened a stream's next fiscal year (stream, members, budget plan): modules carry their own year-bound work. */
  'stream.year_opened': { fromStreamId: string; toStreamId: string; fiscalYear: number };
  /** The lead closed a stream's year (settlement recorded, budget frozen): modules freeze their figures, or refuse the close. */
  'stream.year_closed': { streamId: string; fiscalYear: number };
  'expenditure.decided': {
    expenditureId: string;
    streamId: string;
    organizationId: string;
    approved: boolean;
    decidedAt: string;
    description: string;
    amount: number;
  };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends FundingEvents {}
}
