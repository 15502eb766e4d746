import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { RUNTIME_CONFIG, RuntimeConfig } from '@app/config';
import { DomainEventJobData } from './domain-events';
import { LogRateLimit } from './log-rate-limit';
import { withinProducerTimeout } from './producer-timeout';
import { QueueName } from './queue-names';

/** Outbox rows moved per pass at most. */
const BATCH = 500;
/** Relayed rows are kept this long (for tracing), then deleted by the relay. */
const KEEP_RELAYED = '7 days';

/** The job id of an outbox row: BullMQ ignores an add whose id it already holds, so a re-relay adds nothing. */
export const domainEventJobId = (eventId: string): string => `event_${eventId}`;

/**
 * Moves committed outbox rows (domain_events) onto the `domain-events` queue, at least once: in one transaction it
 * locks a batch of unrelayed rows (FOR UPDATE SKIP LOCKED, so several workers share the work without waiting on each
 * other), adds them to the queue with their row ids as job ids, and marks them relayed. A process that dies after the
 * add and before the commit leaves the rows unrelayed; the next pass adds them again, and the job ids (and the
 * subscribers' idempotency) make that harmless. While the queue is unreachable nothing is marked, so nothing is lost.
 *
 * It uses a small pool of its own rather than the application's, so its polling never shows up in a request's
 * queries, and it runs only in worker processes (ProcessorsModule).
 */
@Injectable()
export class DomainEventRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DomainEventRelay.name);
  private readonly errors = new LogRateLimit(10_000);
  private readonly pool: Pool;
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @InjectQueue(QueueName.DOMAIN_EVENTS) private readonly queue: Queue<DomainEventJobData>,
  ) {
    this.pool = new Pool({ connectionString: config.databaseUrl, max: 1, idleTimeoutMillis: 30_000 });
    this.pool.on('error', (error) => this.report(error)); // an idle connection lost (PostgreSQL restarted)
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.pass;
    await this.pool.end();
  }

  /** One pass: relays batches until none is left. Returns how many events it relayed. Never throws. */
  async relayPending(): Promise<number> {
    let relayed = 0;
    try {
      for (;;) {
        const moved = await this.relayBatch();
        relayed += moved;
        if (moved < BATCH) break;
      }
      await this.pool.query(`DELETE FROM domain_events WHERE relayed_at < now() - interval '${KEEP_RELAYED}'`);
    } catch (error) {
      this.report(error);
    }
    return relayed;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.pass = this.relayPending().finally(() => this.schedule(this.config.env.OUTBOX_RELAY_INTERVAL_MS));
    }, delay);
    this.timer.unref();
  }

  private async relayBatch(): Promise<number> {
    const client = await this.pool.connect();
    // A checked-out client's errors are not the pool's: PostgreSQL stopping mid-pass would be an unhandled error.
    const onError = (error: Error) => this.report(error);
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string; type: string; payload: unknown; occurredAt: Date }>(
        `SELECT id::text, type, payload, occurred_at AS "occurredAt" FROM domain_events
          WHERE relayed_at IS NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length > 0) {
        await this.add(rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() })));
        await client.query('UPDATE domain_events SET relayed_at = now() WHERE id = ANY($1::bigint[])', [
          rows.map((row) => row.id),
        ]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', onError);
      client.release();
    }
  }

  /** Adds the events, or throws when the queue does not take them in time (the rows then stay unrelayed). */
  private async add(events: DomainEventJobData[]): Promise<void> {
    await withinProducerTimeout(
      this.queue.addBulk(
        events.map((event) => ({ name: event.type, data: event, opts: { jobId: domainEventJobId(event.id) } })),
      ),
    );
  }

  private report(error: unknown): void {
    const suppressed = this.errors.admit('relay');
    if (suppressed === null) return;
    this.logger.warn({
      msg: `outbox relay: events stay in domain_events until the next pass (${(error as Error).message})`,
      suppressedSinceLastLine: suppressed,
    });
  }
}
