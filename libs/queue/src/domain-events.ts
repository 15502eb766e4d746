import { EntityManager } from 'typeorm';

/**
 * An event one domain publishes for others (ARCHITECTURE.md: domains that react to each other's changes do it through
 * events, not calls). The emitting domain owns each event's type name and payload (its `*.events.ts`); payloads carry
 * ids and the facts of the change, never whole rows.
 */
export interface DomainEvent<Type extends string = string, Payload = unknown> {
  type: Type;
  payload: Payload;
}

/** An event as its subscribers receive it, with its outbox id (a key for idempotency) and when it happened. */
export type PublishedEvent<E extends DomainEvent = DomainEvent> = E & { id: string; occurredAt: string };

/** The `domain-events` job: the outbox row itself. */
export type DomainEventJobData = PublishedEvent;

/** A domain that reacts to events: `handle` must be idempotent, as an event may be delivered more than once. */
export interface DomainEventSubscriber {
  handle(event: PublishedEvent): Promise<void>;
}

/**
 * Writes events to the outbox in the caller's transaction, so they exist exactly when the change they report
 * committed; the worker's relay (DomainEventRelay) puts them on the queue afterwards.
 */
export async function writeDomainEvents(manager: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.query(`INSERT INTO domain_events (type, payload) SELECT * FROM unnest($1::text[], $2::jsonb[])`, [
    events.map((event) => event.type),
    events.map((event) => JSON.stringify(event.payload)),
  ]);
}
