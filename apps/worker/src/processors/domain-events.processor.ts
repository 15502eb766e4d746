import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { MetricsEventSubscriber } from '@app/metrics';
import { NotificationEventSubscriber } from '@app/notifications';
import { DomainEventJobData, DomainEventSubscriber, QueueErrorLog, QueueName, workerConnection } from '@app/queue';

/**
 * Hands each relayed domain event to every subscribing domain. A subscriber that fails fails the job, which BullMQ
 * retries with backoff; the subscribers that already handled it see it again, which their idempotency makes harmless.
 */
@Processor(QueueName.DOMAIN_EVENTS, { connection: workerConnection as never })
export class DomainEventsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(DomainEventsProcessor.name);
  private readonly subscribers: DomainEventSubscriber[];

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly queueErrors: QueueErrorLog,
    metrics: MetricsEventSubscriber,
    notifications: NotificationEventSubscriber,
  ) {
    super();
    this.subscribers = [metrics, notifications];
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  async process(job: Job<DomainEventJobData>): Promise<void> {
    for (const subscriber of this.subscribers) await subscriber.handle(job.data);
  }

  /** A failed attempt is retried with backoff; its reason is logged (no payload: it may name a resident). */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(
      `${job?.name ?? 'a job'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`,
    );
  }

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.queueErrors.report(`${QueueName.DOMAIN_EVENTS} worker`, error);
  }
}
