import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { MetricsEventSubscriber } from '@app/metrics';
import { DomainEventJobData, DomainEventSubscriber, QueueErrorLog, QueueName, workerConnection } from '@app/queue';

/**
 * Hands each relayed domain event to every subscribing domain. A subscriber that fails fails the job, which BullMQ
 * retries with backoff; the subscribers that already handled it see it again, which their idempotency makes harmless.
 */
@Processor(QueueName.DOMAIN_EVENTS, { connection: workerConnection as never })
export class DomainEventsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly subscribers: DomainEventSubscriber[];

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly queueErrors: QueueErrorLog,
    metrics: MetricsEventSubscriber,
  ) {
    super();
    this.subscribers = [metrics];
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  async process(job: Job<DomainEventJobData>): Promise<void> {
    for (const subscriber of this.subscribers) await subscriber.handle(job.data);
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.queueErrors.report(`${QueueName.DOMAIN_EVENTS} worker`, error);
  }
}
