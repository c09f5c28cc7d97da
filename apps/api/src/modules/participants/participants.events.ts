/** What the participants module announces (inside the transaction that changed the participant, its row locked). */
export interface ParticipantEvents {
  /**
   * Two records of one person become one: every module moves what points at `duplicateId` to `keepId` (or refuses,
   * which rolls the whole merge back). Both rows are locked; the duplicate is deleted after the handlers ran.
   */
  'participant.merged': { keepId: string; duplicateId: string; organizationId: string };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends ParticipantEvents {}
}
