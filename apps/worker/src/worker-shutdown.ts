import { InjectQueue } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName, queueAnswers } from '@app/queue';
import { DomainEventsProcessor } from './processors/domain-events.processor';
import { MetricsProcessor } from './processors/metrics.processor';
import { NotificationsProcessor } from './processors/notifications.processor';
import { SystemProcessor } from './processors/system.processor';

/** How long shutdown waits for the queue's store to answer before treating it as down. */
const PROBE_MS = 1_000;

/**
 * Lets a worker stop while its queue's store (Redis) is down. Normally Nest closes each worker gracefully: it stops
 * taking jobs and waits for the active ones to finish and be marked done, which needs the store, so during an
 * outage that wait never ends and the process hangs until its forced exit. When the store does not answer, the
 * workers are closed at once instead: an active job cannot be marked done anyway, so its lock expires and it runs
 * again once the store is back (runs are idempotent per job).
 */
@Injectable()
export class WorkerShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerShutdown.name);

  constructor(
    @InjectQueue(QueueName.METRICS) private readonly metricsQueue: Queue,
    private readonly metrics: MetricsProcessor,
    private readonly system: SystemProcessor,
    private readonly events: DomainEventsProcessor,
    private readonly notifications: NotificationsProcessor,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    if (await queueAnswers(this.metricsQueue, PROBE_MS)) return;
    this.logger.warn('the queue store does not answer: closing the workers without waiting for their active jobs');
    await Promise.all(
      [this.metrics, this.system, this.events, this.notifications].map((processor) => processor.worker.close(true)),
    );
  }
}
