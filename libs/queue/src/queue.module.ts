import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { RuntimeConfig } from '@app/config';
import { QueueName } from './queue-names';
import { queueConnections } from './queue-connection';
import { QueueErrorLog } from './queue-error-log';
import { QueueShutdown } from './queue-shutdown';
import { SystemQueueProducer } from './system-queue.producer';

const DEFAULT_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 60 * 60, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 60 * 60 },
};

/**
 * Attempts of a metrics recompute. With exponential backoff from METRICS_RETRY_DELAY_MS (5 s by default) the eight
 * attempts span about ten minutes (5 + 10 + … + 320 s), so a database or Redis outage of a few minutes delays a
 * recompute rather than losing it.
 */
export const METRICS_JOB_ATTEMPTS = 8;

/**
 * Events and notifications: a subscriber or an SMTP server that is down is retried with backoff for about an hour
 * (1 s, 2 s, 4 s … over 12 attempts) before the job is left failed.
 */
export const EVENT_JOB_OPTIONS = {
  ...DEFAULT_JOB_OPTIONS,
  attempts: 12,
  backoff: { type: 'exponential', delay: 1_000 },
};

/** The queues and their producers, on the backend the configuration selects. */
@Module({})
export class QueueModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    const { producer } = queueConnections(config);
    const metricsJobOptions = {
      ...DEFAULT_JOB_OPTIONS,
      attempts: METRICS_JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: config.env.METRICS_RETRY_DELAY_MS },
    };
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRoot({
          connection: producer,
          prefix: config.queue.prefix,
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
        BullModule.registerQueue(
          { name: QueueName.SYSTEM },
          { name: QueueName.METRICS, defaultJobOptions: metricsJobOptions },
          { name: QueueName.DOMAIN_EVENTS, defaultJobOptions: EVENT_JOB_OPTIONS },
          { name: QueueName.NOTIFICATIONS, defaultJobOptions: EVENT_JOB_OPTIONS },
        ),
      ],
      providers: [SystemQueueProducer, QueueErrorLog, QueueShutdown],
      exports: [BullModule, SystemQueueProducer, QueueErrorLog],
    };
  }
}
