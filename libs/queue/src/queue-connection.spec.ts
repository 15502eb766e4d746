import { parseEnvironment, RuntimeConfig } from '@app/config';
import { queueConnections, REDIS_RECONNECT_CAP_MS, workerConnection } from './queue-connection';

const redisConfig = (): RuntimeConfig => ({
  env: parseEnvironment({ NODE_ENV: 'test' }),
  dataDir: '.data',
  databaseUrl: 'postgres://localhost/brokerage',
  embeddedDatabase: false,
  jwtSecret: 'x'.repeat(32),
  queue: { backend: 'redis', redisUrl: 'redis://user:p%40ss@redis.internal:6380/2', prefix: 'brokerage' },
});

type RedisOptions = { maxRetriesPerRequest: number | null; retryStrategy: (attempt: number) => number };

describe('queueConnections', () => {
  it('gives producers one retry (a write never waits out an outage) and workers unlimited ones (BullMQ requires it)', () => {
    const { producer, worker } = queueConnections(redisConfig());
    expect(producer).toMatchObject({ host: 'redis.internal', port: 6380, username: 'user', password: 'p@ss', db: 2 });
    expect((producer as RedisOptions).maxRetriesPerRequest).toBe(1);
    expect((worker as RedisOptions).maxRetriesPerRequest).toBeNull();
    expect(workerConnection).toEqual(worker); // what the processors' @Processor options point at
  });

  it('reconnects quickly and never waits more than 2 s between attempts', () => {
    const { producer, worker } = queueConnections(redisConfig());
    for (const options of [producer, worker] as RedisOptions[]) {
      const waits = Array.from({ length: 30 }, (_, i) => options.retryStrategy(i + 1));
      expect(waits[0]).toBeLessThanOrEqual(200);
      expect(Math.max(...waits)).toBe(REDIS_RECONNECT_CAP_MS);
      expect(REDIS_RECONNECT_CAP_MS).toBeLessThanOrEqual(2_000);
    }
  });
});
