/** What the participants module announces (inside the transaction that changed the participant, its row locked). */
export interface ParticipantEvents {
  /**
   * Two records of one person become one: every module moves what points at `duplicateId` to `keepId` (or refuses,
   * which rolls the whole merge back). Both rows are locked; the duplicate is deleted after the handlers ran.
   */
  'participant.merged': { keepId: string; duplicateId: string; organizationId: string };
  /**
   * Every basis for holding the person has ended and their identifying fields are gone: each module destroys the personal
   * data it keeps about them (notes, evidence, documents, the name on certificates) in the same transaction and adds
   * what it destroyed to `destroyed`, which becomes the destruction register's row. Counts already made stay counted.
   */
  'participant.destroyed': { participantId: string; organizationId: string; destroyed: DestroyedItem[] };
}

/** One kind of personal data destroyed, with how many records held it (the register's items). */
export interface DestroyedItem {
  item: string;
  count: number;
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends ParticipantEvents {}
}
