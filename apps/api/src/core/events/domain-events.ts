import { SetMetadata } from '@nestjs/common';

/**
 * What happened, by name, with its payload type. Each module adds the events it publishes to this interface from its
 * own `<module>.events.ts` (`declare module '../../core/events/domain-events' { interface DomainEvents { … } }`), so
 * publishing and handling are typed. Payloads are plain JSON (they may be stored in the outbox).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export type EventName = Extract<keyof DomainEvents, string>;

/**
 * - `transaction`: runs inside the publisher's transaction, before it commits (seat filling, counters, audit): a
 *   failure rolls the whole change back.
 * - `after-commit`: written to the outbox in the publisher's transaction and delivered by the outbox worker after
 *   commit, with retries (notifications, follow-ups, roll-ups). Delivery runs in its own transaction together with
 *   marking the message delivered, so database effects happen exactly once; anything outside the database should use
 *   the delivery id as its idempotency key.
 */
export type EventPhase = 'transaction' | 'after-commit';

export const EVENT_HANDLER = 'lalaland:event-handler';

export interface EventHandlerMeta {
  event: EventName;
  phase: EventPhase;
}

/** Marks a provider method as a handler: `(ctx, payload, delivery?) => Promise<void>`. */
export const OnEvent = (event: EventName, phase: EventPhase) => SetMetadata(EVENT_HANDLER, { event, phase } satisfies EventHandlerMeta);

/** Where an after-commit delivery came from, for idempotency keys and logs. */
export interface Delivery {
  id: string;
  attempt: number;
}
