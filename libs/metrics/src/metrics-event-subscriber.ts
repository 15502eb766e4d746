import { Injectable } from '@nestjs/common';
import {
  ApplicationChangedPayload,
  BrokerageEventType,
  EnrolmentChangedPayload,
  OutcomeRecordedPayload,
} from '@app/brokerage';
import { DomainEventSubscriber, PublishedEvent } from '@app/queue';
import { MetricsScheduler } from './metrics-scheduler';

/**
 * Metrics' subscription to brokerage's events (relayed from the outbox): each schedules the recompute of the scopes
 * the change touched. Scheduling is idempotent (one job per scope per debounce window), so a re-delivered event costs
 * nothing. Events metrics does not use are ignored.
 */
@Injectable()
export class MetricsEventSubscriber implements DomainEventSubscriber {
  constructor(private readonly scheduler: MetricsScheduler) {}

  async handle(event: PublishedEvent): Promise<void> {
    switch (event.type) {
      case BrokerageEventType.ENROLMENT_CHANGED:
      case BrokerageEventType.OUTCOME_RECORDED: {
        const { cohortId, programmeId, providerId } = event.payload as EnrolmentChangedPayload | OutcomeRecordedPayload;
        await this.scheduler.changed({ side: 'PROGRAMME', cohortId, programmeId, providerId });
        return;
      }
      case BrokerageEventType.APPLICATION_CHANGED: {
        const { vacancyId, employerId } = event.payload as ApplicationChangedPayload;
        await this.scheduler.changed({ side: 'VACANCY', vacancyId, employerId });
        return;
      }
    }
  }
}
