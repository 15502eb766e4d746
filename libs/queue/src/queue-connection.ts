import { RuntimeConfig } from '@app/config';
import { setDefaultBackendFactory } from 'bullmq';
import { createResilientPostgresBackend } from './postgres-backend-resilience';

/** The PostgreSQL schema BullMQ keeps its tables in when it runs on PostgreSQL. */
export const BULLMQ_SCHEMA = 'bullmq';

/** Longest wait between two attempts to reconnect to Redis, so the queues are back within 2 s of Redis. */
export const REDIS_RECONNECT_CAP_MS = 2_000;

/**
 * How long a producer's call (adding a job, a readiness probe, looking a job up) may take before its caller gives up
 * on it. Applied by the callers rather than as ioredis's `commandTimeout`: a command timing out while BullMQ is still
 * setting its connection up (e.g. the event loop busy at start-up) leaves the queue unusable for good.
 */
export const PRODUCER_COMMAND_TIMEOUT_MS = 2_000;

/**
 * The `connection` option of the platform's workers (processors), filled in by selectQueueBackend before Nest builds
 * them. It is one object rather than a function's result because @Processor's options are fixed when the class is
 * declared, and a worker would otherwise take the producers' fail-fast connection (see queueConnections).
 */
export const workerConnection: Record<string, unknown> = {};

export interface QueueConnections {
  /** Queues that add jobs and read counts: with Redis, a command fails at once while Redis is unreachable. */
  producer: object;
  /** Workers: with Redis, commands wait for the reconnection, as BullMQ requires of its blocking connections. */
  worker: object;
}

/**
 * Chooses BullMQ's backend for this process and returns the `connection` options for it: Redis when REDIS_URL is
 * set, else BullMQ's own PostgreSQL backend on the platform's database. The choice is process-wide (BullMQ's
 * default backend factory), because @nestjs/bullmq builds queues and workers without a backend argument; above
 * this function no code knows which backend is in use.
 */
export function queueConnections(config: RuntimeConfig): QueueConnections {
  let connections: QueueConnections;
  if (config.queue.backend === 'redis') {
    setDefaultBackendFactory(undefined);
    const redis = redisConnectionOptions(config.queue.redisUrl!);
    connections = {
      // A write that committed must not wait out a Redis outage for its recompute to be queued: with one retry a
      // command fails after one reconnection attempt (ioredis's default waits for ever), and callers stop waiting
      // after PRODUCER_COMMAND_TIMEOUT_MS, keeping the job in metrics_pending_jobs. The offline queue stays on:
      // without it, closing a queue during an outage fails ("Stream isn't writeable") and so does the shutdown.
      producer: { ...redis, maxRetriesPerRequest: 1 },
      // Workers block on Redis; BullMQ requires unlimited retries so a Redis restart does not fail them.
      worker: { ...redis, maxRetriesPerRequest: null },
    };
  } else {
    // BullMQ's own PostgreSQL backend, with its start-up and reconnection faults worked around (see that file).
    setDefaultBackendFactory(createResilientPostgresBackend);
    const postgres = { connectionString: config.databaseUrl, schema: BULLMQ_SCHEMA, migrate: true, max: 5 };
    connections = { producer: postgres, worker: postgres };
  }
  for (const key of Object.keys(workerConnection)) delete workerConnection[key];
  Object.assign(workerConnection, connections.worker);
  return connections;
}

/** The workers' connection options (what tests use to stand in for a worker or a producer of their own). */
export function selectQueueBackend(config: RuntimeConfig): object {
  return queueConnections(config).worker;
}

function redisConnectionOptions(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // 100 ms, 200 ms, 400 ms … then every 2 s: BullMQ's own default grows to 20 s, which kept the API unready long
    // after Redis was back.
    retryStrategy: (attempt: number) => Math.min(100 * 2 ** attempt, REDIS_RECONNECT_CAP_MS),
  };
}
