import { EntityManager } from 'typeorm';
import { DomainEvent, writeDomainEvents } from '@app/queue';

/** The events the catalogue publishes (docs/notifications.md), written in the transaction of the change. */
export const CatalogueEventType = {
  /** A new intake of a programme was scheduled (alerts: "a pathway just opened for you"). */
  COHORT_OPENED: 'CohortOpened',
  /** A cohort was cancelled (its applicants and learners are told). */
  COHORT_CANCELLED: 'CohortCancelled',
} as const;

export interface CohortEventPayload {
  cohortId: string;
  programmeId: string;
}

export type CohortOpened = DomainEvent<typeof CatalogueEventType.COHORT_OPENED, CohortEventPayload>;
export type CohortCancelled = DomainEvent<typeof CatalogueEventType.COHORT_CANCELLED, CohortEventPayload>;
export type CatalogueEvent = CohortOpened | CohortCancelled;

export function publishCatalogueEvent(manager: EntityManager, event: CatalogueEvent): Promise<void> {
  return writeDomainEvents(manager, [event]);
}
