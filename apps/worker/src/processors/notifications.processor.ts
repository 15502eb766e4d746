import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import {
  ClosingSoonAlerts,
  DigestJobData,
  DigestService,
  EmailOutboxRepository,
  EmailSender,
  NotificationDelivery,
  NotificationEvents,
  NotificationJob,
  NotificationSchedules,
  SendEmailJobData,
} from '@app/notifications';
import { DomainEventJobData, QueueErrorLog, QueueName, workerConnection } from '@app/queue';

/** PENDING emails older than this are queued again by the sweep (their first job was lost). */
const SWEEP_AFTER_MS = 120_000;

/**
 * The `notifications` queue: events into notices, emails sent (retried with backoff while SMTP is down), digests and
 * closing-soon alerts (repeatable, Europe/London), and the sweep of emails whose job was lost. Every job is idempotent.
 */
@Processor(QueueName.NOTIFICATIONS, { connection: workerConnection as never })
export class NotificationsProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationsProcessor.name);
  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly queueErrors: QueueErrorLog,
    private readonly events: NotificationEvents,
    private readonly sender: EmailSender,
    private readonly digests: DigestService,
    private readonly closingSoon: ClosingSoonAlerts,
    private readonly schedules: NotificationSchedules,
    private readonly outbox: EmailOutboxRepository,
    private readonly delivery: NotificationDelivery,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
    await this.schedules.schedule();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case NotificationJob.EVENT:
        return { stored: await this.events.handle(job.data as DomainEventJobData) };
      case NotificationJob.SEND_EMAIL:
        return { sent: await this.sender.send((job.data as SendEmailJobData).emailId) };
      case NotificationJob.DIGEST:
        return { emails: await this.digests.run((job.data as DigestJobData).frequency) };
      case NotificationJob.CLOSING_SOON:
        return { stored: await this.closingSoon.run() };
      case NotificationJob.EMAIL_SWEEP: {
        const owed = await this.outbox.pendingIds(SWEEP_AFTER_MS, 1_000);
        await this.delivery.queueEmails(owed);
        return { queued: owed.length };
      }
      default:
        throw new Error(`notifications queue has no job called ${job.name}`);
    }
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
    this.queueErrors.report(`${QueueName.NOTIFICATIONS} worker`, error);
  }
}
