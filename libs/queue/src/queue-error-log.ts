import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { LogRateLimit } from './log-rate-limit';
import { QueueName } from './queue-names';

/** One line per source at most every 10 s while a connection keeps failing. */
const WINDOW_MS = 10_000;

/**
 * Logs the queues' and workers' connection errors (Redis or PostgreSQL unreachable) as one structured line each,
 * rate-limited per source. Without a listener BullMQ prints every failed reconnection as a multi-line stack with
 * console.error; with this one an outage shows as a warning every 10 s per queue, with the count held back.
 */
@Injectable()
export class QueueErrorLog implements OnModuleInit {
  private readonly logger = new Logger('Queue');
  private readonly limit = new LogRateLimit(WINDOW_MS);

  constructor(
    @InjectQueue(QueueName.SYSTEM) private readonly systemQueue: Queue,
    @InjectQueue(QueueName.METRICS) private readonly metricsQueue: Queue,
    @InjectQueue(QueueName.DOMAIN_EVENTS) private readonly eventsQueue: Queue,
    @InjectQueue(QueueName.NOTIFICATIONS) private readonly notificationsQueue: Queue,
  ) {}

  onModuleInit(): void {
    for (const queue of [this.systemQueue, this.metricsQueue, this.eventsQueue, this.notificationsQueue]) {
      queue.on('error', (error) => this.report(`${queue.name} producer`, error));
    }
  }

  /** `source`: which connection failed, e.g. "metrics worker". */
  report(source: string, error: unknown): void {
    const suppressed = this.limit.admit(source);
    if (suppressed === null) return;
    const { message, code } = (error ?? {}) as { message?: string; code?: string };
    this.logger.warn({
      msg: `queue connection error (${source}): ${message ?? String(error)}`,
      source,
      code,
      suppressedSinceLastLine: suppressed,
    });
  }
}
