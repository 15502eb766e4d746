import { InjectQueue } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from './queue-names';
import { queueAnswers } from './queue-probe';

/** How long shutdown waits for the queue's store to answer before treating it as down. */
const PROBE_MS = 1_000;

/** The part of a BullMQ queue's backend that can drop its connection without a goodbye to the server. */
interface ClosableBackend {
  close(force: boolean): Promise<void>;
}

/**
 * Lets the process stop while the queue's store (Redis) is down. Nest closes each queue with a polite QUIT, which
 * waits for a connection that is not there and then fails, failing the whole shutdown. When the store does not
 * answer, each queue's backend is closed by force first (BullMQ remembers that it is closed, so Nest's own close
 * then returns at once). Nothing is lost: an add that failed was kept in metrics_pending_jobs by its caller.
 */
@Injectable()
export class QueueShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(QueueShutdown.name);

  constructor(
    @InjectQueue(QueueName.SYSTEM) private readonly systemQueue: Queue,
    @InjectQueue(QueueName.METRICS) private readonly metricsQueue: Queue,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    if (await queueAnswers(this.metricsQueue, PROBE_MS)) return;
    this.logger.warn('the queue store does not answer: dropping the queue connections');
    await Promise.all(
      [this.systemQueue, this.metricsQueue].map((queue) =>
        // BullMQ's Queue has no public forced close; its backend has (bullmq 6, RedisQueueBackend.close(force)).
        (queue as unknown as { backend: ClosableBackend }).backend.close(true).catch(() => undefined),
      ),
    );
  }
}
