import { EntityManager } from 'typeorm';
import { DomainEvent, writeDomainEvents } from '@app/queue';

/** The events vacancies publish (docs/notifications.md), written in the transaction of the change. */
export const VacancyEventType = {
  /** A vacancy went from DRAFT to OPEN (alerts: residents who match it well enough are told). */
  VACANCY_OPENED: 'VacancyOpened',
} as const;

export interface VacancyOpenedPayload {
  vacancyId: string;
  employerId: string;
}

export type VacancyOpened = DomainEvent<typeof VacancyEventType.VACANCY_OPENED, VacancyOpenedPayload>;
export type VacancyEvent = VacancyOpened;

export function publishVacancyEvent(manager: EntityManager, event: VacancyEvent): Promise<void> {
  return writeDomainEvents(manager, [event]);
}
