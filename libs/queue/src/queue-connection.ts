import { RuntimeConfig } from '@app/config';
import { createPostgresBackend, setDefaultBackendFactory } from 'bullmq';

/** The PostgreSQL schema BullMQ keeps its tables in when it runs on PostgreSQL. */
export const BULLMQ_SCHEMA = 'bullmq';

/**
 * Chooses BullMQ's backend for this process and returns the `connection` option for it: Redis when REDIS_URL is
 * set, else BullMQ's own PostgreSQL backend on the platform's database. The choice is process-wide (BullMQ's
 * default backend factory), because @nestjs/bullmq builds queues and workers without a backend argument; above
 * this function no code knows which backend is in use.
 */
export function selectQueueBackend(config: RuntimeConfig): object {
  if (config.queue.backend === 'redis') {
    setDefaultBackendFactory(undefined);
    return redisConnectionOptions(config.queue.redisUrl!);
  }
  setDefaultBackendFactory(createPostgresBackend);
  return { connectionString: config.databaseUrl, schema: BULLMQ_SCHEMA, migrate: true, max: 5 };
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
    // Workers block on Redis; BullMQ requires unlimited retries so a Redis restart does not fail them.
    maxRetriesPerRequest: null,
  };
}
