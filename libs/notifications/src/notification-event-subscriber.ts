import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DomainEventSubscriber, PublishedEvent, QueueName, withinProducerTimeout } from '@app/queue';
import { NotificationJob } from './notification.types';

/**
 * Notifications' subscription to domain events: each event becomes an `event` job on the `notifications` queue, so
 * its fan-out (thousands of residents for a new vacancy) is retried on its own, apart from metrics. The job id is the
 * event's, so a re-delivered event adds no second job while the first is kept.
 */
@Injectable()
export class NotificationEventSubscriber implements DomainEventSubscriber {
  constructor(@InjectQueue(QueueName.NOTIFICATIONS) private readonly queue: Queue) {}

  async handle(event: PublishedEvent): Promise<void> {
    await withinProducerTimeout(this.queue.add(NotificationJob.EVENT, event, { jobId: `notify_${event.id}` }));
  }
}
